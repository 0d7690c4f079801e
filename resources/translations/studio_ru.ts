<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArchitectureDiagram</name>
    <message>
        <source>Each bar is one layer; its height grows with the number of values it holds (with its square root); the label under it is its shape</source>
        <translation>Каждый столбик — один слой; его высота растёт с числом значений в слое (как квадратный корень из него); подпись под столбиком — форма слоя</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>кодировщик</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>декодер</translation>
    </message>
</context>
<context>
    <name>CodeCompare</name>
    <message>
        <source>Compare with vanilla</source>
        <translation>Сравнить с простой моделью</translation>
    </message>
    <message>
        <source>Draw the vanilla model&apos;s code for the same drawing below the selected code, on one common scale.</source>
        <translation>Показать под выбранным кодом код простой модели для того же рисунка, в общем масштабе.</translation>
    </message>
    <message>
        <source>How many of the code&apos;s values are exactly zero: a sparse code switches most of its values off.</source>
        <translation>Сколько значений кода в точности равны нулю: разреженный код выключает большую часть своих значений.</translation>
    </message>
    <message>
        <source>The selected model is the vanilla model.</source>
        <translation>Выбранная модель — это и есть простая модель.</translation>
    </message>
    <message>
        <source>Only a flat code of many values can be compared as bars.</source>
        <translation>Сравнивать столбиками можно только плоский код из многих значений.</translation>
    </message>
    <message>
        <source>The vanilla model&apos;s code is not available.</source>
        <translation>Код простой модели недоступен.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n values are zero</source>
        <translation>
            <numerusform>Нулевых значений: {0} из %n</numerusform>
            <numerusform>Нулевых значений: {0} из %n</numerusform>
            <numerusform>Нулевых значений: {0} из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (vanilla: {1} of %n)</source>
        <translation>
            <numerusform>{0} (у простой: {1} из %n)</numerusform>
            <numerusform>{0} (у простой: {1} из %n)</numerusform>
            <numerusform>{0} (у простой: {1} из %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Runs with Keras 3 (any backend) and NumPy; no other package needed.</source>
        <translation>Работает с Keras 3 (любой бэкенд) и NumPy; других пакетов не нужно.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard (Ctrl+Shift+C)</source>
        <translation>Скопировать весь скрипт в буфер обмена (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n lines to the clipboard.</source>
        <translation>
            <numerusform>В буфер обмена скопирована %n строка.</numerusform>
            <numerusform>В буфер обмена скопированы %n строки.</numerusform>
            <numerusform>В буфер обмена скопировано %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Keras script</source>
        <translation>Сохранить скрипт Keras</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Файлы Python (*.py)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>{0} could not be written ({1}).</source>
        <translation>Не удалось записать {0} ({1}).</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>No Keras code</source>
        <translation>Нет кода Keras</translation>
    </message>
    <message>
        <source>Keras code: {0}</source>
        <translation>Код Keras: {0}</translation>
    </message>
</context>
<context>
    <name>CodeEditorPage</name>
    <message>
        <source>Reset to the drawing</source>
        <translation>Вернуть к рисунку</translation>
    </message>
    <message>
        <source>Set every slider back to the drawing&apos;s code</source>
        <translation>Вернуть все ползунки к коду рисунка</translation>
    </message>
    <message>
        <source>Code values, most varied over the test digits first</source>
        <translation>Значения кода, сначала самые изменчивые на тестовых цифрах</translation>
    </message>
    <message>
        <source>Decoded edited code</source>
        <translation>Декодированный изменённый код</translation>
    </message>
    <message>
        <source>The drawing&apos;s reconstruction:</source>
        <translation>Реконструкция рисунка:</translation>
    </message>
    <message>
        <source>{0}  (σ {1:.2f})</source>
        <translation>{0}  (σ {1:.2f})</translation>
    </message>
    <message>
        <source>Code {0}</source>
        <translation>Код: {0}</translation>
    </message>
    <message>
        <source>The code value&apos;s number; σ is how much it varies over the MNIST test digits.</source>
        <translation>Номер значения кода; σ — насколько это значение меняется на тестовых цифрах MNIST.</translation>
    </message>
    <message>
        <source>The value this slider sets in the code.</source>
        <translation>Значение, которое этот ползунок задаёт в коде.</translation>
    </message>
</context>
<context>
    <name>CodeNumbering</name>
    <message>
        <source>value {0}</source>
        <translation>значение {0}</translation>
    </message>
    <message>
        <source>map {0}</source>
        <translation>карта {0}</translation>
    </message>
</context>
<context>
    <name>CodeSpace</name>
    <message>
        <source>Encoding the test digits with {0}</source>
        <translation>Кодирование тестовых цифр моделью {0}</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n значение</numerusform>
            <numerusform>%n значения</numerusform>
            <numerusform>%n значений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} = %n values</source>
        <translation>
            <numerusform>{0} = %n значение</numerusform>
            <numerusform>{0} = %n значения</numerusform>
            <numerusform>{0} = %n значений</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The selected model&apos;s code for the drawing: one bar, point or map per value. Hover to read a value.</source>
        <translation>Код рисунка в выбранной модели: по столбику, точке или карте на каждое значение. Наведите указатель, чтобы увидеть значение.</translation>
    </message>
    <message>
        <source>Draw a digit to see its code.</source>
        <translation>Нарисуйте цифру, чтобы увидеть её код.</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>выбранная</translation>
    </message>
    <message>
        <source>vanilla</source>
        <translation>простая</translation>
    </message>
    <message>
        <source>code[{0}] = {1:.4f}</source>
        <translation>код[{0}] = {1:.4f}</translation>
    </message>
    <message>
        <source>vanilla code[{0}] = {1:.4f}</source>
        <translation>простая: код[{0}] = {1:.4f}</translation>
    </message>
    <message>
        <source>code = ({0:.3f}, {1:.3f})</source>
        <translation>код = ({0:.3f}, {1:.3f})</translation>
    </message>
    <message>
        <source>{0}, row {1}, column {2}: {3:.4f}</source>
        <translation>{0}, строка {1}, столбец {2}: {3:.4f}</translation>
    </message>
</context>
<context>
    <name>DatasetNotice</name>
    <message>
        <source>Details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <source>How much of the dataset has been downloaded.</source>
        <translation>Какая часть набора данных уже скачана.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <source>Download {0}</source>
        <translation>Скачать {0}</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>Скачивание {0}…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>Загрузка {0}…</translation>
    </message>
    <message>
        <source>{0} was not found.</source>
        <translation>Набор {0} не найден.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} is not on this computer.&lt;/b&gt; {1} Download it or choose the folder that holds its four IDX files.</source>
        <translation>&lt;b&gt;Набора {0} нет на этом компьютере.&lt;/b&gt; {1} Скачайте его или выберите папку, в которой лежат его четыре файла IDX.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} could not be loaded.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;Не удалось загрузить {0}.&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <source>Looked in:
{0}</source>
        <translation>Где искали:
{0}</translation>
    </message>
    <message>
        <source>Downloading {0}: {1}, {2:.1f} of {3:.1f} MB</source>
        <translation>Скачивание {0}: {1}, {2:.1f} из {3:.1f} МБ</translation>
    </message>
    <message>
        <source>Downloading {0}: {1}, {2:.1f} MB</source>
        <translation>Скачивание {0}: {1}, {2:.1f} МБ</translation>
    </message>
    <message>
        <source>Folder holding {0}</source>
        <translation>Папка с набором {0}</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (не найден)</translation>
    </message>
    <message>
        <source>{0} was not found: download it or choose its folder.</source>
        <translation>Набор {0} не найден: скачайте его или выберите его папку.</translation>
    </message>
    <message>
        <source>Wait for the download to finish.</source>
        <translation>Дождитесь окончания скачивания.</translation>
    </message>
</context>
<context>
    <name>DatasetService</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>Скачивание отменено.</translation>
    </message>
    <message>
        <source>Loading {0}</source>
        <translation>Загрузка {0}</translation>
    </message>
    <message>
        <source>Downloading {0}</source>
        <translation>Скачивание {0}</translation>
    </message>
</context>
<context>
    <name>DeviceChoice</name>
    <message>
        <source>Devices are listed once Keras has loaded…</source>
        <translation>Устройства появятся в списке, когда загрузится Keras…</translation>
    </message>
    <message>
        <source>The processors the next run will train on, and their memory.</source>
        <translation>Процессоры, на которых пойдёт следующий запуск обучения, и их память.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message numerus="yes">
        <source>All %n devices</source>
        <translation>
            <numerusform>Все %n устройство</numerusform>
            <numerusform>Все %n устройства</numerusform>
            <numerusform>Все %n устройств</numerusform>
        </translation>
    </message>
    <message>
        <source>Trains on: {0}</source>
        <translation>Обучение на: {0}</translation>
    </message>
    <message>
        <source>The last run trained on: {0}</source>
        <translation>Последний запуск обучался на: {0}</translation>
    </message>
</context>
<context>
    <name>DigitScatter</name>
    <message>
        <source>digit</source>
        <translation>цифра</translation>
    </message>
</context>
<context>
    <name>DrawActions</name>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>&amp;Отменить штрих</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation>&amp;Повторить штрих</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Clear drawing</source>
        <translation>О&amp;чистить рисунок</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Load a random MNIST &amp;test digit</source>
        <translation>Загрузить случайную &amp;тестовую цифру MNIST</translation>
    </message>
    <message>
        <source>MNIST digit</source>
        <translation>Цифра MNIST</translation>
    </message>
    <message>
        <source>&amp;Open drawing…</source>
        <translation>Открыть &amp;рисунок…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>&amp;Save drawing…</source>
        <translation>&amp;Сохранить рисунок…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>&amp;MNIST preprocessing</source>
        <translation>Пре&amp;добработка MNIST</translation>
    </message>
    <message>
        <source>MNIST preprocessing</source>
        <translation>Предобработка MNIST</translation>
    </message>
    <message>
        <source>Crop to the ink, even out the stroke width, fit into 20 × 20 and centre by centre of mass, as MNIST was made.</source>
        <translation>Обрезать по границам штрихов, выровнять толщину линий, вписать в 20 × 20 и поставить центр масс в центр — так, как готовили MNIST.</translation>
    </message>
    <message>
        <source>Show the 28 × 28 &amp;grid</source>
        <translation>Показать с&amp;етку 28 × 28</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Сетка</translation>
    </message>
    <message>
        <source>&amp;New noise</source>
        <translation>&amp;Новый шум</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>Новый шум</translation>
    </message>
    <message>
        <source>Ne&amp;xt model</source>
        <translation>С&amp;ледующая модель</translation>
    </message>
    <message>
        <source>Next model</source>
        <translation>Следующая модель</translation>
    </message>
    <message>
        <source>Pre&amp;vious model</source>
        <translation>Предыдущая &amp;модель</translation>
    </message>
    <message>
        <source>Previous model</source>
        <translation>Предыдущая модель</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} is not on this computer: choose its folder or download it (the Explore tab&apos;s notice or the Train tab&apos;s dataset).</source>
        <translation>Набора {0} нет на этом компьютере: выберите его папку или скачайте его (уведомление на вкладке «Исследование» или набор данных на вкладке «Обучение»).</translation>
    </message>
    <message>
        <source>Cleared. Ctrl+Z brings it back.</source>
        <translation>Рисунок очищен. Ctrl+Z вернёт его.</translation>
    </message>
    <message>
        <source>No test digits</source>
        <translation>Нет тестовых цифр</translation>
    </message>
    <message>
        <source>Loading the {0} test digits…</source>
        <translation>Загрузка тестовых цифр {0}…</translation>
    </message>
    <message>
        <source>Loaded an MNIST test digit: a {0}.</source>
        <translation>Загружена тестовая цифра MNIST: {0}.</translation>
    </message>
    <message>
        <source>PNG images ({0})</source>
        <translation>Изображения PNG ({0})</translation>
    </message>
    <message>
        <source>All images ({0})</source>
        <translation>Все изображения ({0})</translation>
    </message>
    <message>
        <source>Open a drawing</source>
        <translation>Открыть рисунок</translation>
    </message>
    <message>
        <source>Drawing not opened</source>
        <translation>Рисунок не открыт</translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation>Сохранить рисунок</translation>
    </message>
    <message>
        <source>Drawing not saved</source>
        <translation>Рисунок не сохранён</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>How many values the selected model&apos;s code has, and the compression: 784 input pixels divided by the code&apos;s values.</source>
        <translation>Сколько значений в коде выбранной модели и каково сжатие: 784 входных пикселя, делённые на число значений кода.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstructions&lt;/b&gt; — click a model to inspect it</source>
        <translation>&lt;b&gt;Реконструкции&lt;/b&gt; — щёлкните модель, чтобы заглянуть внутрь</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Карточка модели</translation>
    </message>
    <message>
        <source>Noise and denoising</source>
        <translation>Шум и шумоподавление</translation>
    </message>
    <message>
        <source>Draw a digit on the left to see this model reconstruct it.</source>
        <translation>Нарисуйте цифру слева, и эта модель её реконструирует.</translation>
    </message>
    <message>
        <source>Noisy input</source>
        <translation>Зашумлённый вход</translation>
    </message>
    <message>
        <source>Denoising model</source>
        <translation>Шумоподавляющая модель</translation>
    </message>
    <message>
        <source>Plain model</source>
        <translation>Обычная модель</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>не загружена</translation>
    </message>
    <message>
        <source>{0} (yours, instead of {1})</source>
        <translation>{0} (ваша, вместо {1})</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} Runs instead of the shipped {1}.</source>
        <translation>{0} Работает вместо встроенной модели «{1}».</translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation>Не загружена.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; code: {1} · {2} / {3} = &lt;b&gt;{4:.1f}× compression&lt;/b&gt;</source>
        <translation>Код &lt;b&gt;{0}&lt;/b&gt;: {1} · {2} / {3} = &lt;b&gt;сжатие {4:.1f}×&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading its layers…</source>
        <translation>Загрузка слоёв…</translation>
    </message>
    <message>
        <source>The shipped model is back.</source>
        <translation>Встроенная модель снова на месте.</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Left button draws, right button erases.</source>
        <translation>Левая кнопка рисует, правая стирает.</translation>
    </message>
    <message>
        <source>Draw a digit here

left button draws · right button erases</source>
        <translation>Нарисуйте здесь цифру

левая кнопка рисует · правая стирает</translation>
    </message>
</context>
<context>
    <name>DrawingPanel</name>
    <message>
        <source>Brush diameter in model pixels (the canvas is 28 model pixels across).</source>
        <translation>Диаметр кисти в пикселях модели (ширина холста — 28 пикселей модели).</translation>
    </message>
    <message>
        <source>0 % is a soft airbrush, 100 % a hard round pen.</source>
        <translation>0 % — мягкий аэрограф, 100 % — жёсткое круглое перо.</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>The brush diameter in model pixels.</source>
        <translation>Диаметр кисти в пикселях модели.</translation>
    </message>
    <message>
        <source>The brush hardness: 0 % soft airbrush, 100 % hard pen.</source>
        <translation>Жёсткость кисти: 0 % — мягкий аэрограф, 100 % — жёсткое перо.</translation>
    </message>
    <message>
        <source>The model input: the drawing after preprocessing, 28 × 28 pixels.</source>
        <translation>Вход модели: рисунок после предобработки, 28 × 28 пикселей.</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Размер кисти</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation>Жёсткость</translation>
    </message>
    <message>
        <source>Model input</source>
        <translation>Вход модели</translation>
    </message>
    <message>
        <source>{0:.1f} px</source>
        <translation>{0:.1f} пикс.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>the model&apos;s sidecar holds no settings where they belong</source>
        <translation>в файле метаданных модели нет настроек там, где им положено быть</translation>
    </message>
    <message>
        <source>the model&apos;s sidecar records no variant and training settings of this app</source>
        <translation>в файле метаданных модели не записаны вариант и настройки обучения этой программы</translation>
    </message>
    <message>
        <source>the model&apos;s sidecar holds settings this version does not know ({reason})</source>
        <translation>в файле метаданных модели есть настройки, неизвестные этой версии ({reason})</translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation>{earlier}; {later}</translation>
    </message>
    <message>
        <source>no Keras loader for the dataset {dataset!r}; known: {known}</source>
        <translation>нет загрузчика Keras для набора данных {dataset!r}; известные: {known}</translation>
    </message>
    <message>
        <source>the subset must be a number of digits, not {subset!r}</source>
        <translation>подмножество должно быть числом цифр, а не {subset!r}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>these settings cannot be written out as Keras code ({reason})</source>
        <translation>эти настройки нельзя записать в виде кода Keras ({reason})</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu: sudo apt install dataset-fashion-mnist.</source>
        <translation>В Debian или Ubuntu: sudo apt install dataset-fashion-mnist.</translation>
    </message>
    <message>
        <source>{path} is larger than any file of this dataset can be ({limit:,} bytes): it is damaged or a different file. Delete it and provide the original.</source>
        <translation>{path} больше, чем может быть любой файл этого набора данных ({limit:,} Б): файл повреждён или это другой файл. Удалите его и положите на место оригинал.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}): its compressed data cannot be read. Delete it and provide the file again.</source>
        <translation>{path} повреждён ({reason}): его сжатые данные не читаются. Удалите его и положите файл заново.</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}). Delete it and provide the file again.</source>
        <translation>Не удалось прочитать {path} ({reason}). Удалите его и положите файл заново.</translation>
    </message>
    <message>
        <source>{file} is not an IDX file of unsigned bytes.</source>
        <translation>{file} — не файл IDX из беззнаковых байтов.</translation>
    </message>
    <message>
        <source>{file} is truncated: its header is incomplete.</source>
        <translation>{file} обрезан: его заголовок неполон.</translation>
    </message>
    <message>
        <source>{file} is truncated or damaged: {size} bytes where its header promises {expected}.</source>
        <translation>{file} обрезан или повреждён: его размер {size} Б, а по заголовку должно быть {expected} Б.</translation>
    </message>
    <message>
        <source>{title} was not found. Looked in:
  {searched}
Put the four IDX files (plain or .gz) in one of these folders, set {variable} to a folder holding &apos;{folder}/&apos;, or download it.</source>
        <translation>Набор {title} не найден. Где искали:
  {searched}
Положите четыре файла IDX (обычные или .gz) в одну из этих папок, укажите в {variable} папку, в которой есть &apos;{folder}/&apos;, или скачайте набор.</translation>
    </message>
    <message>
        <source>{message} {hint}</source>
        <translation>{message} {hint}</translation>
    </message>
    <message>
        <source>{file} is missing from {folder}.</source>
        <translation>В папке {folder} нет файла {file}.</translation>
    </message>
    <message>
        <source>{path} does not match the published {title} file (MD5 {digest}, expected {expected}). It is damaged or a different file: delete it and provide the original.</source>
        <translation>{path} не совпадает с опубликованным файлом {title} (MD5 {digest}, ожидалось {expected}). Файл повреждён или это другой файл: удалите его и положите на место оригинал.</translation>
    </message>
    <message>
        <source>Could not download {title} ({file}).
  {errors}
Check the internet connection, or put the files in a folder by hand.</source>
        <translation>Не удалось скачать {title} ({file}).
  {errors}
Проверьте подключение к интернету или положите файлы в папку вручную.</translation>
    </message>
    <message>
        <source>the download is larger than the file can be ({limit:,} bytes)</source>
        <translation>скачанные данные больше, чем может быть этот файл ({limit:,} Б)</translation>
    </message>
    <message>
        <source>checksum mismatch (MD5 {digest}, expected {expected})</source>
        <translation>контрольная сумма не совпадает (MD5 {digest}, ожидалось {expected})</translation>
    </message>
    <message>
        <source>Unknown dataset {name!r}; known: {known}.</source>
        <translation>Неизвестный набор данных {name!r}; известные: {known}.</translation>
    </message>
    <message>
        <source>cannot train on {wanted} devices: this machine has {count} ({ids})</source>
        <translation>нельзя обучать на стольких устройствах ({wanted}): на этой машине их {count} ({ids})</translation>
    </message>
    <message>
        <source>unknown device choice {option!r}: use &apos;auto&apos;, a number or a list of ids</source>
        <translation>неизвестный выбор устройств {option!r}: укажите &apos;auto&apos;, число или список идентификаторов</translation>
    </message>
    <message>
        <source>devices {ids}: choose from {known}</source>
        <translation>устройства {ids}: выберите из {known}</translation>
    </message>
    <message>
        <source>devices none or repeated: choose from {known}</source>
        <translation>устройства не указаны или повторяются: выберите из {known}</translation>
    </message>
    <message>
        <source>the {backend} backend trains on its default device only</source>
        <translation>бэкенд {backend} обучает только на своём устройстве по умолчанию</translation>
    </message>
    <message>
        <source>a batch of {size} cannot be split over {count} devices; choose a multiple of {count}</source>
        <translation>батч размером {size} не делится между устройствами ({count}); выберите размер, кратный {count}</translation>
    </message>
    <message>
        <source>{where} has no English text (key &quot;en&quot;)</source>
        <translation>{where}: нет английского текста (ключ &quot;en&quot;)</translation>
    </message>
    <message>
        <source>{where} must be a non-empty text, or a map from language codes to texts</source>
        <translation>{where}: ожидается непустой текст или словарь «код языка → текст»</translation>
    </message>
    <message>
        <source>{where} must be an object with a &quot;kind&quot;</source>
        <translation>{where}: ожидается объект с полем &quot;kind&quot;</translation>
    </message>
    <message>
        <source>{where} has an unknown kind {kind!r}; known: {known}</source>
        <translation>{where}: неизвестный вид задания {kind!r}; известные: {known}</translation>
    </message>
    <message>
        <source>{where} ({kind}) has unknown parameters: {names}</source>
        <translation>{where} ({kind}): неизвестные параметры: {names}</translation>
    </message>
    <message>
        <source>{where} ({kind}) needs: {names}</source>
        <translation>{where} ({kind}): не хватает параметров: {names}</translation>
    </message>
    <message>
        <source>{where} ({kind}): {name} must be one of {choices}, not {value!r}</source>
        <translation>{where} ({kind}): параметр {name} должен быть одним из {choices}, а не {value!r}</translation>
    </message>
    <message>
        <source>{where} ({kind}): {name} must be a number</source>
        <translation>{where} ({kind}): параметр {name} должен быть числом</translation>
    </message>
    <message>
        <source>{where}: a lesson is a JSON object</source>
        <translation>{where}: урок должен быть объектом JSON</translation>
    </message>
    <message>
        <source>{where}: &quot;steps&quot; must list {low} to {high} steps</source>
        <translation>{where}: в &quot;steps&quot; должно быть от {low} до {high} шагов</translation>
    </message>
    <message>
        <source>{where}: step {number} must be an object</source>
        <translation>{where}: шаг {number} должен быть объектом</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s text</source>
        <translation>{where}: текст шага {number}</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s task</source>
        <translation>{where}: задание шага {number}</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s hint</source>
        <translation>{where}: подсказка шага {number}</translation>
    </message>
    <message>
        <source>{where}: &quot;question&quot; must be an object with &quot;text&quot; and &quot;answer&quot;</source>
        <translation>{where}: &quot;question&quot; должен быть объектом с полями &quot;text&quot; и &quot;answer&quot;</translation>
    </message>
    <message>
        <source>{where}: the title</source>
        <translation>{where}: заголовок</translation>
    </message>
    <message>
        <source>{where}: the question</source>
        <translation>{where}: вопрос</translation>
    </message>
    <message>
        <source>{where}: the answer</source>
        <translation>{where}: ответ</translation>
    </message>
    <message>
        <source>{file} is {size:,} bytes; a lesson file is at most {most:,}</source>
        <translation>{file} занимает {size:,} Б; файл урока может занимать не больше {most:,} Б</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>Не удалось прочитать {file} ({reason})</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 JSON ({reason})</source>
        <translation>{file} — не корректный JSON в UTF-8 ({reason})</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>файл не читается ({reason})</translation>
    </message>
    <message>
        <source>Use up to 80 letters, digits, spaces and - _ . ( ) +, starting with a letter or digit.</source>
        <translation>Используйте до 80 букв, цифр, пробелов и символов - _ . ( ) +; первой должна быть буква или цифра.</translation>
    </message>
    <message>
        <source>A model named {name} exists already.</source>
        <translation>Модель с именем {name} уже есть.</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Гауссов</translation>
    </message>
    <message>
        <source>Salt and pepper</source>
        <translation>Соль и перец</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>Маскирование</translation>
    </message>
    <message>
        <source>No pretrained weights ship for this variant yet (make pretrain).</source>
        <translation>Для этого варианта пока нет готовых обученных весов (make pretrain).</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: {size:,} bytes is far too big.</source>
        <translation>Манифест {path} повреждён: {size:,} Б — слишком много.</translation>
    </message>
    <message>
        <source>The manifest {path} is missing.</source>
        <translation>Манифест {path} отсутствует.</translation>
    </message>
    <message>
        <source>The manifest {path} could not be read ({reason}).</source>
        <translation>Не удалось прочитать манифест {path} ({reason}).</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: it is not valid JSON ({reason}).</source>
        <translation>Манифест {path} повреждён: это не корректный JSON ({reason}).</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: it is not shaped {{&quot;variants&quot;: {{name: {{...}}}}}}.</source>
        <translation>Манифест {path} повреждён: его структура не имеет вида {{&quot;variants&quot;: {{name: {{...}}}}}}.</translation>
    </message>
    <message>
        <source>{problem} No intact model file with a sidecar was found for it.</source>
        <translation>{problem} Целый файл модели с файлом метаданных для неё не найден.</translation>
    </message>
    <message>
        <source>The manifest&apos;s file for {name} ({file!r}) is outside {folder}; it is refused.</source>
        <translation>Файл из манифеста для {name} ({file!r}) лежит вне папки {folder}; он отклонён.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>{path} does not match its SHA-256 in the manifest ({digest}…, expected {expected}…): it is damaged or was replaced. Reinstall the app, or remake it with make pretrain.</source>
        <translation>{path} не совпадает с суммой SHA-256 из манифеста ({digest}…, ожидалось {expected}…): файл повреждён или подменён. Переустановите программу или пересоздайте его командой make pretrain.</translation>
    </message>
    <message>
        <source>its metadata field &apos;{field}&apos; holds {value}, which is not what it should be</source>
        <translation>в поле метаданных &apos;{field}&apos; записано {value}, а должно быть другое значение</translation>
    </message>
    <message>
        <source>its metadata holds a history or test figure that is not a number</source>
        <translation>в метаданных есть значение истории обучения или теста, которое не является числом</translation>
    </message>
    <message>
        <source>it has no metadata file</source>
        <translation>нет файла метаданных</translation>
    </message>
    <message>
        <source>its metadata file describes another version of it</source>
        <translation>файл метаданных описывает другую версию модели</translation>
    </message>
    <message>
        <source>{file} cannot be read (permission denied).</source>
        <translation>Не удалось прочитать {file} (нет доступа).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} — папка, а не файл модели.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a Keras model archive.</source>
        <translation>{file} повреждён: это не архив модели Keras.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}).</source>
        <translation>{file} повреждён ({reason}).</translation>
    </message>
    <message>
        <source>{file} is refused: it would inflate to {size:,.0f} MB, far more than any model of this app ({most:.0f} MB at most).</source>
        <translation>{file} отклонён: после распаковки он занял бы {size:,.0f} МБ — гораздо больше любой модели этой программы (у них не больше {most:.0f} МБ).</translation>
    </message>
    <message>
        <source>{file} is damaged or not a model this app can read ({kind}: {reason}).</source>
        <translation>{file} повреждён или это не модель, которую может прочитать эта программа ({kind}: {reason}).</translation>
    </message>
    <message>
        <source>{file} is not an autoencoder of this app: it has no {first} or {second} part.</source>
        <translation>{file} — не автокодировщик этой программы: в нём нет части {first} или {second}.</translation>
    </message>
    <message>
        <source>{file} is not an autoencoder of this app: it has no {part} part.</source>
        <translation>{file} — не автокодировщик этой программы: в нём нет части {part}.</translation>
    </message>
    <message>
        <source>{file} has input shape {shape}; an autoencoder here takes 28×28 digits (784 values).</source>
        <translation>У {file} форма входа {shape}; автокодировщик здесь принимает цифры 28×28 (784 значения).</translation>
    </message>
    <message>
        <source>{file} has output shape {shape}; an autoencoder here takes 28×28 digits (784 values).</source>
        <translation>У {file} форма выхода {shape}; автокодировщик здесь принимает цифры 28×28 (784 значения).</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} is damaged: {file} cannot be read ({kind}).</source>
        <translation>Контрольная точка в {folder} повреждена: не удалось прочитать {file} ({kind}).</translation>
    </message>
    <message>
        <source>The run diverged: the loss became {loss} in epoch {epoch}. Try a lower learning rate.</source>
        <translation>Обучение разошлось: в эпохе {epoch} потери стали равны {loss}. Попробуйте меньшую скорость обучения.</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} was made with different settings or a different model than {name}.</source>
        <translation>Контрольная точка в {folder} сделана с другими настройками или для другой модели, не для {name}.</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} cannot be resumed: {reason}</source>
        <translation>Продолжить обучение с контрольной точки в {folder} нельзя: {reason}</translation>
    </message>
    <message>
        <source>The verdict&apos;s reference {file} is missing: run {command}.</source>
        <translation>Эталон для вердикта {file} отсутствует: выполните {command}.</translation>
    </message>
    <message>
        <source>{file} is larger than a verdict reference can be.</source>
        <translation>{file} больше, чем может быть эталон для вердикта.</translation>
    </message>
    <message>
        <source>The verdict&apos;s reference {file} is damaged ({reason}).</source>
        <translation>Эталон для вердикта {file} повреждён ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not the model the verdict&apos;s reference was made for: run {command}.</source>
        <translation>{file} — не та модель, для которой сделан эталон вердикта: выполните {command}.</translation>
    </message>
    <message>
        <source>This verdict&apos;s reference has no calibration digits.</source>
        <translation>В эталоне этого вердикта нет калибровочных цифр.</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>одно из значений: {choices}</translation>
    </message>
    <message>
        <source>{low} to {high} numbers</source>
        <translation>от {low} до {high} чисел</translation>
    </message>
    <message>
        <source>each from {low:g} to {high:g}</source>
        <translation>каждое от {low:g} до {high:g}</translation>
    </message>
    <message>
        <source>from {low:g} to {high:g}</source>
        <translation>от {low:g} до {high:g}</translation>
    </message>
    <message>
        <source>at least 1 epoch</source>
        <translation>не меньше 1 эпохи</translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation>не меньше 1</translation>
    </message>
    <message>
        <source>a number in (0, 10]</source>
        <translation>число в интервале (0, 10]</translation>
    </message>
    <message>
        <source>from 0 to fewer than the epochs</source>
        <translation>от 0 до числа эпох (не включая его)</translation>
    </message>
    <message>
        <source>between 0 and 1</source>
        <translation>от 0 до 1</translation>
    </message>
    <message>
        <source>one or more of {choices}</source>
        <translation>одно или несколько значений из: {choices}</translation>
    </message>
    <message>
        <source>a whole number from 0 to {most}</source>
        <translation>целое число от 0 до {most}</translation>
    </message>
    <message>
        <source>at least 1 digit</source>
        <translation>не меньше 1 цифры</translation>
    </message>
    <message>
        <source>at least 1 epoch, or none</source>
        <translation>не меньше 1 эпохи или не задано</translation>
    </message>
    <message>
        <source>{name} has no architecture parameter {parameters}</source>
        <translation>У {name} нет параметра архитектуры {parameters}</translation>
    </message>
    <message>
        <source>Vanilla dense</source>
        <translation>Простой полносвязный</translation>
    </message>
    <message>
        <source>One hidden layer of 32 values: 784 → 32 → 784.</source>
        <translation>Один скрытый слой из 32 значений: 784 → 32 → 784.</translation>
    </message>
    <message>
        <source>Deep dense</source>
        <translation>Глубокий полносвязный</translation>
    </message>
    <message>
        <source>Three dense layers each way: 784 → 128 → 64 → 32 → 64 → 128 → 784.</source>
        <translation>По три полносвязных слоя в каждую сторону: 784 → 128 → 64 → 32 → 64 → 128 → 784.</translation>
    </message>
    <message>
        <source>Sparse (top-k)</source>
        <translation>Разреженный (top-k)</translation>
    </message>
    <message>
        <source>The vanilla model with a top-k code: each digit keeps only its 16 largest of the 32 code values; the other 16 (or more) are exactly zero.</source>
        <translation>Простая модель с кодом top-k: у каждой цифры остаются только 16 наибольших из 32 значений кода, остальные 16 (или больше) в точности равны нулю.</translation>
    </message>
    <message>
        <source>Convolutional</source>
        <translation>Свёрточный</translation>
    </message>
    <message>
        <source>Three conv + pooling blocks down to a 4×4×8 code, mirrored back up.</source>
        <translation>Три блока «свёртка + пулинг» вниз до кода 4×4×8 и зеркально обратно вверх.</translation>
    </message>
    <message>
        <source>Denoising conv</source>
        <translation>Шумоподавляющий свёрточный</translation>
    </message>
    <message>
        <source>Learns to map noisy digits back to clean ones: trained on Gaussian noise 0.5, then on a mix of Gaussian (3 in 5 digits), salt-and-pepper and masking noise at 0.5; 7×7×32 code.</source>
        <translation>Учится возвращать зашумлённым цифрам чистый вид: обучен на гауссовом шуме 0.5, затем на смеси гауссова шума (3 цифры из 5), шума «соль и перец» и маскирования уровня 0.5; код 7×7×32.</translation>
    </message>
    <message>
        <source>2-D latent</source>
        <translation>Двумерный латентный</translation>
    </message>
    <message>
        <source>Squeezes each digit into two numbers: 784 → 256 → 2 → 256 → 784. The code is standardised (batch normalisation), so every digit class gets room on the map.</source>
        <translation>Сжимает каждую цифру в два числа: 784 → 256 → 2 → 256 → 784. Код стандартизирован (батч-нормализация), поэтому каждому классу цифр хватает места на карте.</translation>
    </message>
    <message>
        <source>Variational (VAE)</source>
        <translation>Вариационный (VAE)</translation>
    </message>
    <message>
        <source>A 2-D Gaussian code trained with BCE + KL; decoded from its mean.</source>
        <translation>Двумерный гауссов код, обучение на BCE + KL; декодируется из среднего.</translation>
    </message>
    <message>
        <source>Tutorial: vanilla, Adadelta</source>
        <translation>Туториал: простой, Adadelta</translation>
    </message>
    <message>
        <source>The blog&apos;s first model exactly: Adadelta (lr 1.0), BCE, 50 epochs, batch 256.</source>
        <translation>Ровно первая модель из блога Keras: Adadelta (lr 1.0), BCE, 50 эпох, батч 256.</translation>
    </message>
    <message>
        <source>Tutorial: sparse, L1 10e-5</source>
        <translation>Туториал: разреженный, L1 10e-5</translation>
    </message>
    <message>
        <source>The blog&apos;s sparse model: an L1 activity penalty of 10e-5 on the 32 relu code values, Adadelta (lr 1.0), BCE, 100 epochs, batch 256. Its code is smaller but rarely exactly zero.</source>
        <translation>Разреженная модель из блога: L1-штраф на активации 10e-5 для 32 значений кода с relu, Adadelta (lr 1.0), BCE, 100 эпох, батч 256. Значения её кода меньше, но в точности нулю равны редко.</translation>
    </message>
    <message>
        <source>Tutorial: vanilla 64, MSE</source>
        <translation>Туториал: простой 64, MSE</translation>
    </message>
    <message>
        <source>A 64-value code trained with Adam on mean squared error.</source>
        <translation>Код из 64 значений, обучение Adam на среднеквадратичной ошибке.</translation>
    </message>
    <message>
        <source>Tutorial: multilayer, MSE</source>
        <translation>Туториал: многослойный, MSE</translation>
    </message>
    <message>
        <source>784 → 128 → 64 → 128 → 784 with Adam on mean squared error.</source>
        <translation>784 → 128 → 64 → 128 → 784, обучение Adam на среднеквадратичной ошибке.</translation>
    </message>
    <message>
        <source>Tutorial: denoiser 32-32-16</source>
        <translation>Туториал: шумоподавляющий 32-32-16</translation>
    </message>
    <message>
        <source>Three conv blocks (32, 32, 16) trained on noise 0.5 with Adam and BCE.</source>
        <translation>Три свёрточных блока (32, 32, 16), обучение на шуме 0.5 с Adam и BCE.</translation>
    </message>
    <message>
        <source>Tutorial: 2-D latent (relu)</source>
        <translation>Туториал: двумерный латентный (relu)</translation>
    </message>
    <message>
        <source>784 → 32 → 2 → 32 → 784 with relu on the code, as the tutorial had it.</source>
        <translation>784 → 32 → 2 → 32 → 784 с relu на коде, как было в туториале.</translation>
    </message>
    <message>
        <source>{file} is {megabytes:,.0f} MB: too large for a drawing.</source>
        <translation>{file} занимает {megabytes:,.0f} МБ: слишком много для рисунка.</translation>
    </message>
    <message>
        <source>{file} could not be read as an image.</source>
        <translation>Не удалось прочитать {file} как изображение.</translation>
    </message>
    <message>
        <source>{file} declares {width:,} × {height:,} pixels; a drawing may have at most {megapixels} megapixels and {side:,} pixels a side.</source>
        <translation>В {file} заявлено {width:,} × {height:,} пикс.; у рисунка может быть не больше {megapixels} Мпикс. и не больше {side:,} пикс. по стороне.</translation>
    </message>
    <message>
        <source>{file} could not be read as an image ({reason}).</source>
        <translation>Не удалось прочитать {file} как изображение ({reason}).</translation>
    </message>
    <message>
        <source>{file} could not be written (check the folder and its permissions).</source>
        <translation>Не удалось записать {file} (проверьте папку и права доступа к ней).</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>What it shows</source>
        <translation>Что показано</translation>
    </message>
    <message>
        <source>{0}: 784 values in, {1} in the code: {2:.1f}× compression.</source>
        <translation>{0}: на входе 784 значения, в коде {1}: сжатие {2:.1f}×.</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Как это вычисляется</translation>
    </message>
    <message>
        <source>Your drawing now: its BCE floor (the error of a perfect copy) is {0:.3f}.</source>
        <translation>Ваш рисунок сейчас: его нижняя граница BCE (ошибка идеальной копии) — {0:.3f}.</translation>
    </message>
    <message>
        <source>BCE of the model input against itself</source>
        <translation>BCE входа модели относительно самого себя</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>Что попробовать</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>No model with a flat code of at most 64 values is loaded (the shipped vanilla, deep and sparse are).</source>
        <translation>Не загружено ни одной модели с плоским кодом не больше чем из 64 значений (встроенные простая, глубокая и разреженная подходят).</translation>
    </message>
    <message>
        <source>No model with a 2-value code is loaded. The latent map needs the 2-D latent or the variational model (shipped as latent2 and vae, or trained in the Train tab).</source>
        <translation>Не загружено ни одной модели с кодом из 2 значений. Латентной карте нужна двумерная латентная или вариационная модель (встроенные latent2 и vae или обученные на вкладке «Обучение»).</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Ни одна модель ещё не загружена.</translation>
    </message>
    <message>
        <source>No model with a code of more than two values is loaded (the shipped vanilla, deep and sparse are).</source>
        <translation>Не загружено ни одной модели с кодом больше чем из двух значений (встроенные простая, глубокая и разреженная подходят).</translation>
    </message>
    <message>
        <source>No suitable model is loaded.</source>
        <translation>Подходящая модель не загружена.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>What this page is doing with the selected model and the test digits.</source>
        <translation>Что эта страница делает с выбранной моделью и тестовыми цифрами.</translation>
    </message>
    <message>
        <source>The models are still loading…</source>
        <translation>Модели ещё загружаются…</translation>
    </message>
    <message>
        <source>Encoding the 10,000 MNIST test digits with this model…</source>
        <translation>Кодирование 10&#xa0;000 тестовых цифр MNIST этой моделью…</translation>
    </message>
    <message>
        <source>The MNIST test digits are not loaded: what needs them stays empty.</source>
        <translation>Тестовые цифры MNIST не загружены: то, что от них зависит, останется пустым.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>The maps, nearest digits and test digits need it; everything else works without.</source>
        <translation>Он нужен картам, ближайшим цифрам и тестовым цифрам; всё остальное работает и без него.</translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation>Латентная карта</translation>
    </message>
    <message>
        <source>Nearest digits</source>
        <translation>Ближайшие цифры</translation>
    </message>
    <message>
        <source>Code editor</source>
        <translation>Редактор кода</translation>
    </message>
    <message>
        <source>Morph</source>
        <translation>Морфинг</translation>
    </message>
    <message>
        <source>Export session…</source>
        <translation>Экспорт сеанса…</translation>
    </message>
    <message>
        <source>Save the drawing, the model input and every model&apos;s code and reconstruction</source>
        <translation>Сохранить рисунок, вход модели, а также код и реконструкцию каждой модели</translation>
    </message>
    <message>
        <source>Export morph strip…</source>
        <translation>Экспорт ленты морфинга…</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>Скачать MNIST</translation>
    </message>
    <message>
        <source>Choose MNIST folder…</source>
        <translation>Выбрать папку MNIST…</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Нечего экспортировать</translation>
    </message>
    <message>
        <source>The models are still loading.</source>
        <translation>Модели ещё загружаются.</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Экспорт сеанса</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation>Архив NumPy (*.npz)</translation>
    </message>
    <message>
        <source>Fill both morph slots (A and B) first.</source>
        <translation>Сначала заполните обе ячейки морфинга (A и B).</translation>
    </message>
    <message>
        <source>Export morph strip</source>
        <translation>Экспорт ленты морфинга</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>The files could not be written: {0}.
Choose a folder you can write to, with free space.</source>
        <translation>Не удалось записать файлы: {0}.
Выберите папку, доступную для записи и со свободным местом.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>These files exist already in {0}:
{1}

Replace them?</source>
        <translation>Эти файлы уже есть в {0}:
{1}

Заменить их?</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Заменить файлы?</translation>
    </message>
</context>
<context>
    <name>FunctionWorker</name>
    <message>
        <source>{0} ran out of memory. Try a smaller batch size, fewer training digits or a smaller model, and close other programs.</source>
        <translation>{0}: не хватило памяти. Попробуйте меньший размер батча, меньше обучающих цифр или модель поменьше и закройте другие программы.</translation>
    </message>
    <message>
        <source>{0} stopped: {1}</source>
        <translation>{0}: остановлено — {1}</translation>
    </message>
    <message>
        <source>A file could not be written or read ({0}). Nothing was saved: check the free space and the folders&apos; permissions.</source>
        <translation>Не удалось записать или прочитать файл ({0}). Ничего не сохранено: проверьте свободное место и права доступа к папкам.</translation>
    </message>
    <message>
        <source>{0} stopped with an unexpected error ({1}: {2}). Nothing was saved; the details are in the log.</source>
        <translation>{0}: непредвиденная ошибка ({1}: {2}). Ничего не сохранено; подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>What an autoencoder is</source>
        <translation>Что такое автокодировщик</translation>
    </message>
    <message>
        <source>An autoencoder is two networks back to back. The &lt;b&gt;encoder&lt;/b&gt; turns a digit image into a short list of numbers, the &lt;b&gt;code&lt;/b&gt;. The &lt;b&gt;decoder&lt;/b&gt; turns the code back into an image, the &lt;b&gt;reconstruction&lt;/b&gt;. The decoder never sees the input: everything it draws comes from the code.</source>
        <translation>Автокодировщик — это две сети, поставленные друг за другом. &lt;b&gt;Кодировщик&lt;/b&gt; превращает изображение цифры в короткий список чисел — &lt;b&gt;код&lt;/b&gt;. &lt;b&gt;Декодер&lt;/b&gt; превращает код обратно в изображение — &lt;b&gt;реконструкцию&lt;/b&gt;. Декодер никогда не видит вход: всё, что он рисует, берётся из кода.</translation>
    </message>
    <message>
        <source>An MNIST digit is 28 × 28 = 784 grey values between 0 (black) and 1 (white). Training shows the network thousands of digits and changes its weights until the reconstructions are as close to the inputs as they can be. Nobody tells it what the code should mean: it finds a code that works.</source>
        <translation>Цифра MNIST — это 28 × 28 = 784 значения яркости от 0 (чёрный) до 1 (белый). При обучении сети показывают тысячи цифр и меняют её веса, пока реконструкции не станут как можно ближе ко входам. Никто не говорит ей, что должен означать код: она сама находит код, который работает.</translation>
    </message>
    <message>
        <source>Draw a digit and watch each model&apos;s reconstruction. Then draw something that is not a digit: the decoders can only draw what they learned.</source>
        <translation>Нарисуйте цифру и посмотрите на реконструкцию каждой модели. Потом нарисуйте что-нибудь, что не является цифрой: декодеры умеют рисовать только то, чему научились.</translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation>Реконструкции</translation>
    </message>
    <message>
        <source>Each tile is one model&apos;s attempt to rebuild your drawing from its code, with its error (BCE and MSE) against the model input. Click a tile to see that model&apos;s code and card.</source>
        <translation>Каждая плитка — попытка одной модели восстановить ваш рисунок по его коду, с ошибкой (BCE и MSE) относительно входа модели. Щёлкните плитку, чтобы увидеть код и карточку этой модели.</translation>
    </message>
    <message>
        <source>Your drawing is made to look like an MNIST digit (the model input, bottom left), then every model encodes and decodes it in one call, while you draw.</source>
        <translation>Ваш рисунок приводится к виду цифры MNIST (вход модели, слева внизу), затем каждая модель кодирует и декодирует его за один вызов — прямо пока вы рисуете.</translation>
    </message>
    <message>
        <source>Draw slowly and watch the tiles change mid-stroke. Which model keeps the most detail? Which one has the lowest error?</source>
        <translation>Рисуйте медленно и следите, как плитки меняются посреди штриха. Какая модель сохраняет больше всего деталей? У какой ошибка ниже всех?</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>The numbers the encoder makes of your drawing: everything the decoder knows. Dense models show one bar per value; a 2-D code is a point on a plane; a convolutional code is a stack of small feature maps.</source>
        <translation>Числа, в которые кодировщик превращает ваш рисунок: всё, что знает декодер. Полносвязные модели показывают по столбику на каждое значение; двумерный код — это точка на плоскости; свёрточный код — стопка маленьких карт признаков.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;compression factor&lt;/b&gt; is 784 divided by the number of code values: the vanilla model keeps 32 values, 784 / 32 = 24.5×. The denoiser&apos;s code has 7 × 7 × 32 = 1568 values, more than the image (0.5×): it is not there to compress but to clean, and a generous code lets it keep every stroke.</source>
        <translation>&lt;b&gt;Коэффициент сжатия&lt;/b&gt; — это 784, делённое на число значений кода: простая модель хранит 32 значения, 784 / 32 = 24.5×. Код шумоподавляющей модели состоит из 7 × 7 × 32 = 1568 значений — больше, чем само изображение (0.5×): он нужен не для сжатия, а для очистки, и щедрый код позволяет сохранить каждый штрих.</translation>
    </message>
    <message>
        <source>Draw a 1 and then an 8 and compare their codes. Select the sparse model: how many of its values are exactly zero?</source>
        <translation>Нарисуйте 1, а затем 8 и сравните их коды. Выберите разреженную модель: сколько её значений в точности равны нулю?</translation>
    </message>
    <message>
        <source>BCE and MSE: how far a reconstruction is</source>
        <translation>BCE и MSE: насколько реконструкция далека от входа</translation>
    </message>
    <message>
        <source>&lt;b&gt;MSE&lt;/b&gt; (mean squared error) is the average of (input − output)² over the 784 pixels: 0 means identical. &lt;b&gt;BCE&lt;/b&gt; (binary cross-entropy) treats every pixel as a probability of ink and measures how surprised the model is by the real pixel; the models were trained to make it small.</source>
        <translation>&lt;b&gt;MSE&lt;/b&gt; (среднеквадратичная ошибка) — среднее (вход − выход)² по 784 пикселям: 0 означает полное совпадение. &lt;b&gt;BCE&lt;/b&gt; (бинарная кросс-энтропия) считает каждый пиксель вероятностью того, что он закрашен, и измеряет, насколько модель «удивлена» настоящим пикселем; модели обучали делать её как можно меньше.</translation>
    </message>
    <message>
        <source>BCE = −mean(x·log y + (1−x)·log(1−y)) for input x and output y. For a grey pixel (x = 0.5) even a perfect output y = 0.5 costs log 2 ≈ 0.69, so BCE has a &lt;b&gt;floor&lt;/b&gt; above 0 for every input with grey edges: about 0.06 for an MNIST test digit, more for a drawing with soft edges. That is why a good model shows 0.07–0.10, not 0. The floor of the current drawing is shown below.</source>
        <translation>BCE = −среднее(x·log y + (1−x)·log(1−y)) для входа x и выхода y. Для серого пикселя (x = 0.5) даже идеальный выход y = 0.5 стоит log 2 ≈ 0.69, поэтому у BCE есть &lt;b&gt;нижняя граница&lt;/b&gt; выше 0 для любого входа с серыми краями: около 0.06 для тестовой цифры MNIST и больше для рисунка с мягкими краями. Вот почему у хорошей модели 0.07–0.10, а не 0. Нижняя граница для текущего рисунка показана ниже.</translation>
    </message>
    <message>
        <source>Compare the BCE of two models on the same drawing: the difference is what counts. Hover over any number to see what it is.</source>
        <translation>Сравнивайте BCE двух моделей на одном и том же рисунке: важна именно разница. Наведите указатель на любое число, чтобы узнать, что оно означает.</translation>
    </message>
    <message>
        <source>The model input</source>
        <translation>Вход модели</translation>
    </message>
    <message>
        <source>What the models really see: your drawing made to look like an MNIST digit.</source>
        <translation>Что на самом деле видят модели: ваш рисунок, приведённый к виду цифры MNIST.</translation>
    </message>
    <message>
        <source>Like MNIST&apos;s own digits, the drawing is cropped to its ink, scaled so that its longer side is 20 pixels, centred by its centre of mass in a 28 × 28 image, and its stroke width evened out. Turn off &quot;MNIST preprocessing&quot; to feed the canvas shrunk as it is.</source>
        <translation>Как и собственные цифры MNIST, рисунок обрезается по границам штрихов, масштабируется так, чтобы его длинная сторона была 20 пикселей, ставится центром масс в центр изображения 28 × 28, а толщина его линий выравнивается. Выключите «Предобработка MNIST», чтобы подавать холст, просто уменьшенный как есть.</translation>
    </message>
    <message>
        <source>Draw a tiny digit in a corner: with preprocessing the models still see a centred digit. Turn preprocessing off and see how much worse they do.</source>
        <translation>Нарисуйте крошечную цифру в углу: с предобработкой модели всё равно видят цифру в центре. Выключите предобработку и посмотрите, насколько хуже они справятся.</translation>
    </message>
    <message>
        <source>Brush size and hardness</source>
        <translation>Размер и жёсткость кисти</translation>
    </message>
    <message>
        <source>Brush size is the pen&apos;s diameter in model pixels; hardness is how sharp its edge is (100% a hard edge, 0% a soft, fading one).</source>
        <translation>Размер кисти — диаметр пера в пикселях модели; жёсткость — насколько резкий у него край (100% — жёсткий край, 0% — мягкий, размытый).</translation>
    </message>
    <message>
        <source>MNIST digits were scanned pen strokes with soft, grey edges. A medium size and hardness give strokes like theirs; preprocessing evens out the width afterwards.</source>
        <translation>Цифры MNIST — это отсканированные штрихи пера с мягкими серыми краями. Средние размер и жёсткость дают похожие штрихи; толщину линий потом выравнивает предобработка.</translation>
    </message>
    <message>
        <source>Draw the same digit with a hard and a soft brush and compare the errors.</source>
        <translation>Нарисуйте одну и ту же цифру жёсткой и мягкой кистью и сравните ошибки.</translation>
    </message>
    <message>
        <source>The noise demo</source>
        <translation>Демонстрация шума</translation>
    </message>
    <message>
        <source>Your drawing with noise added (left), what the denoising model makes of it (middle) and what a plain model makes of it (right). Each error is measured against your clean drawing, not the noisy one.</source>
        <translation>Ваш рисунок с добавленным шумом (слева), то, что делает из него шумоподавляющая модель (в центре), и то, что делает из него обычная модель (справа). Каждая ошибка считается относительно вашего чистого рисунка, а не зашумлённого.</translation>
    </message>
    <message>
        <source>Gaussian noise adds a random amount to every pixel; salt and pepper sets random pixels to black or white; masking switches random pixels off. The level is how strong the noise is. The denoiser was trained to output clean digits from noisy ones, so it learned to ignore noise; the plain model was trained to copy, so it copies the noise too. At high levels the noise hides most of the digit, and the denoiser&apos;s output fades towards an empty, dark image: its safest guess when nothing looks like a digit any more.</source>
        <translation>Гауссов шум прибавляет к каждому пикселю случайную величину; «соль и перец» делает случайные пиксели чёрными или белыми; маскирование выключает случайные пиксели. Уровень — это сила шума. Шумоподавляющую модель обучали выдавать чистые цифры по зашумлённым, поэтому она научилась не обращать внимания на шум; обычную модель обучали копировать вход, поэтому она копирует и шум. На высоких уровнях шум скрывает большую часть цифры, и выход шумоподавляющей модели блекнет до пустого тёмного изображения: это её самая безопасная догадка, когда ничто уже не похоже на цифру.</translation>
    </message>
    <message>
        <source>Move the slider slowly from 0 to 1 and watch where each model gives up. Press &quot;New noise&quot; for another random pattern.</source>
        <translation>Медленно двигайте ползунок от 0 до 1 и следите, где каждая модель сдаётся. Нажмите «Новый шум», чтобы получить другой случайный узор.</translation>
    </message>
    <message>
        <source>The model card</source>
        <translation>Карточка модели</translation>
    </message>
    <message>
        <source>What the selected model is: its layers with their output shapes, the tutorial it follows, how it was trained and its error on the 10,000 MNIST test digits.</source>
        <translation>Что представляет собой выбранная модель: её слои с формами выхода, туториал, которому она следует, как её обучали и какова её ошибка на 10&#xa0;000 тестовых цифр MNIST.</translation>
    </message>
    <message>
        <source>The test error is measured on digits the model never saw in training, so it tells how well the model generalises.</source>
        <translation>Тестовая ошибка измеряется на цифрах, которых модель не видела при обучении, поэтому она показывает, насколько хорошо модель обобщает.</translation>
    </message>
    <message>
        <source>Compare the layer lists of the vanilla and the deep model: same code size, more layers.</source>
        <translation>Сравните списки слоёв простой и глубокой модели: размер кода тот же, слоёв больше.</translation>
    </message>
    <message>
        <source>The latent map</source>
        <translation>Латентная карта</translation>
    </message>
    <message>
        <source>Every dot is one MNIST test digit placed at its 2-value code and coloured by what digit it really is. The &lt;b&gt;star&lt;/b&gt; is your drawing&apos;s code; the &lt;b&gt;cross&lt;/b&gt; is the point you clicked, decoded on the right; the &lt;b&gt;dashed box&lt;/b&gt; is the range the manifold below covers.</source>
        <translation>Каждая точка — одна тестовая цифра MNIST, помещённая в точку своего кода из 2 значений и окрашенная по тому, какая это цифра на самом деле. &lt;b&gt;Звёздочка&lt;/b&gt; — код вашего рисунка; &lt;b&gt;крестик&lt;/b&gt; — точка, по которой вы щёлкнули (она декодирована справа); &lt;b&gt;пунктирная рамка&lt;/b&gt; — область, которую покрывает многообразие ниже.</translation>
    </message>
    <message>
        <source>The encoder of a model with a 2-value code turns each digit into a point; decoding a point shows what the model imagines there. The manifold decodes an n × n grid of points over the box.</source>
        <translation>Кодировщик модели с кодом из 2 значений превращает каждую цифру в точку; декодирование точки показывает, что модель «представляет» в этом месте. Многообразие декодирует сетку n × n точек в пределах рамки.</translation>
    </message>
    <message>
        <source>Click between two clusters: what does the decoder draw there? Compare the 2-D latent model with the VAE.</source>
        <translation>Щёлкните между двумя кластерами: что там рисует декодер? Сравните двумерную латентную модель с VAE.</translation>
    </message>
    <message>
        <source>Editing the code</source>
        <translation>Редактирование кода</translation>
    </message>
    <message>
        <source>One slider per code value, starting at your drawing&apos;s code. Moving a slider changes that value and decodes the result at once.</source>
        <translation>По ползунку на каждое значение кода; начальное положение — код вашего рисунка. Движение ползунка меняет это значение и сразу декодирует результат.</translation>
    </message>
    <message>
        <source>σ (sigma) beside a value is its standard deviation over the test digits: how much that value usually varies. The sliders are ordered by σ, most varied first, and span a few σ around the typical values.</source>
        <translation>σ (сигма) рядом со значением — его стандартное отклонение на тестовых цифрах: насколько это значение обычно меняется. Ползунки упорядочены по σ, самые изменчивые первыми, и охватывают несколько σ вокруг типичных значений.</translation>
    </message>
    <message>
        <source>Move the first slider: which stroke does it control? Values with a small σ change little.</source>
        <translation>Подвигайте первый ползунок: каким штрихом он управляет? Значения с малым σ меняют немногое.</translation>
    </message>
    <message>
        <source>Nearest digits and the verdict</source>
        <translation>Ближайшие цифры и вердикт</translation>
    </message>
    <message>
        <source>The test digits whose codes are closest to your drawing&apos;s code, with their distance, and a verdict: the digit most of them are.</source>
        <translation>Тестовые цифры, коды которых ближе всего к коду вашего рисунка, с расстояниями до них, и вердикт: цифра, которой является большинство из них.</translation>
    </message>
    <message>
        <source>Distance is measured between codes (the straight-line distance, on codes scaled by their spread). Real digits usually sit close to neighbours of their own class; a drawing far from every test digit does not look like any digit.</source>
        <translation>Расстояние измеряется между кодами (евклидово расстояние между кодами, нормированными на их разброс). Настоящие цифры обычно лежат рядом с соседями своего класса; рисунок, далёкий от всех тестовых цифр, не похож ни на одну цифру.</translation>
    </message>
    <message>
        <source>Draw a 4 that could be a 9 and see how the votes split. Draw a letter and watch the distances grow.</source>
        <translation>Нарисуйте 4, похожую на 9, и посмотрите, как разделятся голоса. Нарисуйте букву и следите, как растут расстояния.</translation>
    </message>
    <message>
        <source>Training a model</source>
        <translation>Обучение модели</translation>
    </message>
    <message>
        <source>A real Keras fit in the background: the loss per batch and per epoch, the validation loss on digits held out from training, and after each epoch the reconstructions of ten test digits and of your drawing.</source>
        <translation>Настоящее обучение Keras (fit) в фоне: потери по батчам и по эпохам, потери на валидации на цифрах, отложенных из обучения, а после каждой эпохи — реконструкции десяти тестовых цифр и вашего рисунка.</translation>
    </message>
    <message>
        <source>Each epoch passes over all training digits once, in batches; after every batch the optimizer nudges the weights to lower the loss. If the validation loss stops falling while the training loss still does, the model has started to memorise.</source>
        <translation>Каждая эпоха — один проход по всем обучающим цифрам батчами; после каждого батча оптимизатор немного сдвигает веса, чтобы уменьшить потери. Если потери на валидации перестали падать, а потери на обучении всё ещё падают, модель начала запоминать данные.</translation>
    </message>
    <message>
        <source>Train a vanilla model with a code of 8 for 2 epochs and compare its error with the shipped one.</source>
        <translation>Обучите простую модель с размером кода 8 в течение 2 эпох и сравните её ошибку с ошибкой встроенной.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Explain: {0}</source>
        <translation>Пояснение: {0}</translation>
    </message>
    <message>
        <source>Explain this panel</source>
        <translation>Пояснить эту панель</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Autoencoder Studio could not save the choice ({0}). Start it with --language {1} to use that language.</source>
        <translation>Autoencoder Studio не удалось сохранить выбор ({0}). Чтобы использовать этот язык, запустите программу с параметром --language {1}.</translation>
    </message>
    <message>
        <source>Autoencoder Studio could not start again by itself. Start it as usual: it will speak {0}.</source>
        <translation>Autoencoder Studio не удалось перезапуститься самостоятельно. Запустите программу как обычно: она будет говорить на языке «{0}».</translation>
    </message>
    <message>
        <source>Autoencoder Studio will speak {0} from its next start.</source>
        <translation>Autoencoder Studio будет говорить на языке «{0}», начиная со следующего запуска.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Перезапустить &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
</context>
<context>
    <name>LatentMapPage</name>
    <message>
        <source>Click or drag on the map to decode any point.</source>
        <translation>Щёлкните или проведите по карте, чтобы декодировать любую точку.</translation>
    </message>
    <message>
        <source>How many decoded digits the grid has along each side.</source>
        <translation>Сколько декодированных цифр в сетке по каждой стороне.</translation>
    </message>
    <message>
        <source>The smallest z₁ the grid decodes.</source>
        <translation>Наименьшее z₁, которое декодирует сетка.</translation>
    </message>
    <message>
        <source>The largest z₁ the grid decodes.</source>
        <translation>Наибольшее z₁, которое декодирует сетка.</translation>
    </message>
    <message>
        <source>The smallest z₂ the grid decodes.</source>
        <translation>Наименьшее z₂, которое декодирует сетка.</translation>
    </message>
    <message>
        <source>The largest z₂ the grid decodes.</source>
        <translation>Наибольшее z₂, которое декодирует сетка.</translation>
    </message>
    <message>
        <source>Fit to the test digits</source>
        <translation>Подогнать под тестовые цифры</translation>
    </message>
    <message>
        <source>Manifold: an n × n grid of decodes over the range</source>
        <translation>Многообразие: сетка n × n декодированных точек в пределах области</translation>
    </message>
    <message>
        <source>Decoded point</source>
        <translation>Декодированная точка</translation>
    </message>
    <message>
        <source>Manifold range</source>
        <translation>Область многообразия</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x от</translation>
    </message>
    <message>
        <source>x to</source>
        <translation>x до</translation>
    </message>
    <message>
        <source>y from</source>
        <translation>y от</translation>
    </message>
    <message>
        <source>y to</source>
        <translation>y до</translation>
    </message>
    <message>
        <source>{0}: code value 1</source>
        <translation>{0}: значение кода 1</translation>
    </message>
    <message>
        <source>code value 2</source>
        <translation>значение кода 2</translation>
    </message>
    <message>
        <source>({0:.2f}, {1:.2f})</source>
        <translation>({0:.2f}, {1:.2f})</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <source>Press Next when you are ready.</source>
        <translation>Нажмите «Далее», когда будете готовы.</translation>
    </message>
    <message>
        <source>Waiting for a drawing the app reads as a {0}.</source>
        <translation>Ожидается рисунок, который программа распознаёт как {0}.</translation>
    </message>
    <message>
        <source>Waiting for a drawing the app reads as a digit.</source>
        <translation>Ожидается рисунок, который программа распознаёт как цифру.</translation>
    </message>
    <message>
        <source>Waiting for a drawing that is not a digit.</source>
        <translation>Ожидается рисунок, который не является цифрой.</translation>
    </message>
    <message>
        <source>Waiting for you to open that tab.</source>
        <translation>Ожидается, что вы откроете эту вкладку.</translation>
    </message>
    <message>
        <source>Waiting for you to select that model.</source>
        <translation>Ожидается, что вы выберете эту модель.</translation>
    </message>
    <message>
        <source>Waiting for that noise in the noise demo.</source>
        <translation>Ожидается этот шум в демонстрации шума.</translation>
    </message>
    <message>
        <source>Waiting for a click on the map in the right place.</source>
        <translation>Ожидается щелчок по карте в нужном месте.</translation>
    </message>
    <message>
        <source>Waiting for a finished training run with those settings.</source>
        <translation>Ожидается завершённый запуск обучения с этими настройками.</translation>
    </message>
    <message>
        <source>The lesson you are following and which of its steps you are on.</source>
        <translation>Урок, который вы проходите, и шаг, на котором вы находитесь.</translation>
    </message>
    <message>
        <source>What this step explains and asks you to do; the app sees when it is done.</source>
        <translation>Что объясняет этот шаг и что просит сделать; программа сама заметит, когда задание выполнено.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Show a hint for this step</source>
        <translation>Показать подсказку к этому шагу</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Stop lesson</source>
        <translation>Остановить урок</translation>
    </message>
    <message>
        <source>Hide the lesson bar; the Lessons tab remembers where you are</source>
        <translation>Скрыть панель урока; вкладка «Уроки» запомнит, где вы остановились</translation>
    </message>
    <message>
        <source>{0}: finished</source>
        <translation>{0}: пройден</translation>
    </message>
    <message>
        <source>Well done! The lesson&apos;s question is waiting in the Lessons tab.</source>
        <translation>Отлично! Вопрос урока ждёт вас на вкладке «Уроки».</translation>
    </message>
    <message>
        <source>{0} · step {1} of {2}</source>
        <translation>{0} · шаг {1} из {2}</translation>
    </message>
    <message>
        <source>✓ Step {0} done.</source>
        <translation>✓ Шаг {0} выполнен.</translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <source>Each lesson follows a tutorial; ✓ marks the ones you finished</source>
        <translation>Каждый урок следует туториалу; ✓ отмечает пройденные</translation>
    </message>
    <message>
        <source>The lesson&apos;s number in the list and its title.</source>
        <translation>Номер урока в списке и его название.</translation>
    </message>
    <message>
        <source>The lesson&apos;s steps in order; ▶ marks the one to do now.</source>
        <translation>Шаги урока по порядку; ▶ отмечает текущий.</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>Начать урок</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>Показать ответ</translation>
    </message>
    <message>
        <source>Open my lessons folder</source>
        <translation>Открыть папку моих уроков</translation>
    </message>
    <message>
        <source>Put lesson files of your own here (see docs/LESSONS.md), then reload; a lesson with the same file name replaces the shipped one</source>
        <translation>Положите сюда собственные файлы уроков (см. docs/LESSONS.md) и перезагрузите уроки; урок с тем же именем файла заменит встроенный</translation>
    </message>
    <message>
        <source>Reload lessons</source>
        <translation>Перезагрузить уроки</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation>&lt;b&gt;Уроки&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Skipped (damaged): {0}. Details are in the log.</source>
        <translation>Пропущены (повреждены): {0}. Подробности — в журнале.</translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation>Уроки не найдены</translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation>Вопрос: {0}</translation>
    </message>
    <message>
        <source>Continue lesson</source>
        <translation>Продолжить урок</translation>
    </message>
    <message>
        <source>Could not open a file manager. The folder is: {0}</source>
        <translation>Не удалось открыть файловый менеджер. Папка: {0}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>потери</translation>
    </message>
    <message>
        <source>val_loss</source>
        <translation>потери на валидации</translation>
    </message>
    <message>
        <source>{0} ({1:.4f})</source>
        <translation>{0} ({1:.4f})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Autoencoder Studio</source>
        <translation>Autoencoder Studio</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Рисование</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Рисование</translation>
    </message>
    <message>
        <source>Draw tab</source>
        <translation>Вкладка «Рисование»</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <source>Train tab</source>
        <translation>Вкладка «Обучение»</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;Исследование</translation>
    </message>
    <message>
        <source>Explore tab</source>
        <translation>Вкладка «Исследование»</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Уроки</translation>
    </message>
    <message>
        <source>Lessons tab</source>
        <translation>Вкладка «Уроки»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>&amp;Экскурсия по программе</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Autoencoder Studio</source>
        <translation>&amp;О программе Autoencoder Studio</translation>
    </message>
    <message>
        <source>Draw a digit here with the mouse: left button draws, right button erases, Ctrl+Z undoes a stroke.</source>
        <translation>Нарисуйте здесь цифру мышью: левая кнопка рисует, правая стирает, Ctrl+Z отменяет штрих.</translation>
    </message>
    <message>
        <source>Every model rebuilds your drawing while you draw. The numbers are their errors; click a model to look inside it.</source>
        <translation>Каждая модель восстанавливает ваш рисунок, пока вы рисуете. Числа — их ошибки; щёлкните модель, чтобы заглянуть внутрь.</translation>
    </message>
    <message>
        <source>The code: the few numbers the selected model keeps of your drawing. Its decoder draws the reconstruction from these alone.</source>
        <translation>Код: те несколько чисел, которые выбранная модель сохраняет от вашего рисунка. Её декодер рисует реконструкцию только по ним.</translation>
    </message>
    <message>
        <source>Add noise to your drawing and see the denoising model clean it up while a plain model copies the noise.</source>
        <translation>Добавьте к рисунку шум и посмотрите, как шумоподавляющая модель его убирает, а обычная модель копирует шум.</translation>
    </message>
    <message>
        <source>New to autoencoders? The Lessons tab walks you through the tutorials step by step. Every &quot;?&quot; explains its panel.</source>
        <translation>Впервые имеете дело с автокодировщиками? Вкладка «Уроки» шаг за шагом проведёт вас по туториалам. Каждая кнопка «?» объясняет свою панель.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>What the app is doing: how many models are loaded and how long that took.</source>
        <translation>Что делает программа: сколько моделей загружено и сколько времени это заняло.</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Загрузка моделей…</translation>
    </message>
    <message>
        <source>Loading TensorFlow and the pretrained models…</source>
        <translation>Загрузка TensorFlow и предобученных моделей…</translation>
    </message>
    <message numerus="yes">
        <source>%n models ready (loaded in {0:.1f} s).</source>
        <translation>
            <numerusform>%n модель готова (загружена за {0:.1f} с).</numerusform>
            <numerusform>%n модели готовы (загружены за {0:.1f} с).</numerusform>
            <numerusform>%n моделей готовы (загружены за {0:.1f} с).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unavailable: {0}.</source>
        <translation>
            <numerusform>%n модель недоступна: {0}.</numerusform>
            <numerusform>%n модели недоступны: {0}.</numerusform>
            <numerusform>%n моделей недоступны: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The models could not be loaded.</source>
        <translation>Не удалось загрузить модели.</translation>
    </message>
    <message>
        <source>Models not loaded</source>
        <translation>Модели не загружены</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>&lt;b&gt;Autoencoder Studio {0}&lt;/b&gt;&lt;p&gt;Draw a digit and watch a zoo of MNIST autoencoders reconstruct it, live. Train your own in the Train tab, look inside their code space in the Explore tab.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Autoencoder Studio {0}&lt;/b&gt;&lt;p&gt;Нарисуйте цифру и смотрите, как целый зоопарк автокодировщиков MNIST реконструирует её в реальном времени. Обучайте свои модели на вкладке «Обучение», заглядывайте в их пространство кодов на вкладке «Исследование».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where the files are&lt;/b&gt;&lt;br&gt;Program: {0}&lt;br&gt;Shipped models: {1}&lt;br&gt;Bundled MNIST: {2}&lt;br&gt;Your trained models: {3}&lt;br&gt;Downloaded datasets: {4}&lt;br&gt;Settings: {5}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Где лежат файлы&lt;/b&gt;&lt;br&gt;Программа: {0}&lt;br&gt;Встроенные модели: {1}&lt;br&gt;Встроенный MNIST: {2}&lt;br&gt;Ваши обученные модели: {3}&lt;br&gt;Скачанные наборы данных: {4}&lt;br&gt;Настройки: {5}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The code and the shipped weights are under the MIT licence. The MNIST database is © Yann LeCun and Corinna Cortes, under CC BY-SA 3.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Код и встроенные веса распространяются по лицензии MIT. База данных MNIST © Yann LeCun и Corinna Cortes, лицензия CC BY-SA 3.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Autoencoder Studio</source>
        <translation>О программе Autoencoder Studio</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>cosine</source>
        <translation>с косинусным затуханием</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>постоянная</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>неизвестные данные</translation>
    </message>
    <message>
        <source>Not recorded (an untrained or imported model).</source>
        <translation>Не записано (необученная или импортированная модель).</translation>
    </message>
    <message numerus="yes">
        <source>{0}, {1} epochs in %n stages</source>
        <translation>
            <numerusform>{0}, эпох: {1} за %n этап</numerusform>
            <numerusform>{0}, эпох: {1} за %n этапа</numerusform>
            <numerusform>{0}, эпох: {1} за %n этапов</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, epochs not recorded</source>
        <translation>{0}, число эпох не записано</translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs (best {1})</source>
        <translation>
            <numerusform>{0}, %n эпоха (лучшая — {1})</numerusform>
            <numerusform>{0}, %n эпохи (лучшая — {1})</numerusform>
            <numerusform>{0}, %n эпох (лучшая — {1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs</source>
        <translation>
            <numerusform>{0}, %n эпоха</numerusform>
            <numerusform>{0}, %n эпохи</numerusform>
            <numerusform>{0}, %n эпох</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, learning rate {1} {2}, {3} loss, batch {4}</source>
        <translation>{0}, скорость обучения {1} {2}, функция потерь {3}, батч {4}</translation>
    </message>
    <message>
        <source>inputs with noise {0} ({1}, one per digit)</source>
        <translation>входы с шумом {0} ({1}, по одному виду на цифру)</translation>
    </message>
    <message numerus="yes">
        <source>then %n epochs from learning rate {0} {1}</source>
        <translation>
            <numerusform>затем %n эпоха, начиная со скорости обучения {0} {1}</numerusform>
            <numerusform>затем %n эпохи, начиная со скорости обучения {0} {1}</numerusform>
            <numerusform>затем %n эпох, начиная со скорости обучения {0} {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0:.0%} of code values exactly zero</source>
        <translation>{0:.0%} значений кода в точности равны нулю</translation>
    </message>
    <message>
        <source>widest digit class spreads {0:.1f}× as wide as the median class</source>
        <translation>разброс самого широкого класса цифр — {0:.1f}× от медианного класса</translation>
    </message>
    <message>
        <source>BCE under noise 0.5: {0}</source>
        <translation>BCE при шуме 0.5: {0}</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Не записано.</translation>
    </message>
    <message>
        <source>loss {0:.4f} after epoch {1}, {2:.4f} after epoch {3} (validation {4:.4f})</source>
        <translation>потери {0:.4f} после эпохи {1}, {2:.4f} после эпохи {3} (на валидации {4:.4f})</translation>
    </message>
    <message>
        <source>Not measured.</source>
        <translation>Не измерено.</translation>
    </message>
    <message>
        <source>BCE {0:.4f}, MSE {1:.4f} on the 10,000 test digits</source>
        <translation>BCE {0:.4f}, MSE {1:.4f} на 10&#xa0;000 тестовых цифр</translation>
    </message>
    <message>
        <source>target ≤ {0:.4f}</source>
        <translation>цель ≤ {0:.4f}</translation>
    </message>
    <message>
        <source>the tutorial reports {0}</source>
        <translation>в туториале — {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}. {1}.</source>
        <translation>{0}. {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Yours, trained %n epochs on {0}.</source>
        <translation>
            <numerusform>Ваша модель, обучена на {0} за %n эпоху.</numerusform>
            <numerusform>Ваша модель, обучена на {0} за %n эпохи.</numerusform>
            <numerusform>Ваша модель, обучена на {0} за %n эпох.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours, opened from a file.</source>
        <translation>Ваша модель, открыта из файла.</translation>
    </message>
    <message>
        <source>Recipe from</source>
        <translation>Рецепт из</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>Туториал</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}, {3:.1f}× compression</source>
        <translation>{0}: {1} → {2}, сжатие {3:.1f}×</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Test error</source>
        <translation>Тестовая ошибка</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Restore the shipped model</source>
        <translation>Вернуть встроенную модель</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Форма выхода</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Парам.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Show the Keras code</source>
        <translation>Показать код Keras</translation>
    </message>
    <message>
        <source>Unavailable:</source>
        <translation>Недоступна:</translation>
    </message>
</context>
<context>
    <name>ModelHub</name>
    <message>
        <source>Loading the models</source>
        <translation>Загрузка моделей</translation>
    </message>
    <message>
        <source>The models could not be loaded. {0}</source>
        <translation>Не удалось загрузить модели. {0}</translation>
    </message>
    <message>
        <source>No shipped model is named {0}.</source>
        <translation>Встроенной модели с именем {0} нет.</translation>
    </message>
</context>
<context>
    <name>ModelOpener</name>
    <message>
        <source>Opening the model</source>
        <translation>Открытие модели</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>ModelTile</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>BCE {0:.4f}   MSE {1:.4f}</source>
        <translation>BCE {0:.4f}   MSE {1:.4f}</translation>
    </message>
</context>
<context>
    <name>MorphEnd</name>
    <message>
        <source>From the drawing</source>
        <translation>Из рисунка</translation>
    </message>
    <message>
        <source>Where this end&apos;s digit comes from: the drawing or an MNIST test digit (#number).</source>
        <translation>Откуда берётся цифра для этого конца: рисунок или тестовая цифра MNIST (#номер).</translation>
    </message>
    <message>
        <source>Show this MNIST test digit here</source>
        <translation>Показать здесь эту тестовую цифру MNIST</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Случайная</translation>
    </message>
    <message>
        <source>A random MNIST test digit</source>
        <translation>Случайная тестовая цифра MNIST</translation>
    </message>
    <message>
        <source>Test digit</source>
        <translation>Тестовая цифра</translation>
    </message>
    <message>
        <source>Shows: {0}</source>
        <translation>Показано: {0}</translation>
    </message>
</context>
<context>
    <name>MorphPage</name>
    <message>
        <source>How far along the straight line from A&apos;s code to B&apos;s the decoded code is.</source>
        <translation>Насколько далеко по прямой от кода A к коду B находится декодируемый код.</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> кадр.</translation>
    </message>
    <message>
        <source>How many images the strip from A to B has.</source>
        <translation>Сколько изображений в ленте от A до B.</translation>
    </message>
    <message>
        <source>Export strip…</source>
        <translation>Экспорт ленты…</translation>
    </message>
    <message>
        <source>Strip:</source>
        <translation>Лента:</translation>
    </message>
    <message>
        <source>Morph</source>
        <translation>Морфинг</translation>
    </message>
    <message>
        <source>Strip from A to B</source>
        <translation>Лента от A до B</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>рисунок</translation>
    </message>
    <message>
        <source>test digit #{0}, a {1}</source>
        <translation>тестовая цифра #{0}: {1}</translation>
    </message>
    <message>
        <source>{0:.0%} of the way from A to B</source>
        <translation>{0:.0%} пути от A к B</translation>
    </message>
</context>
<context>
    <name>NeighboursPage</name>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>How many nearest test digits to show.</source>
        <translation>Сколько ближайших тестовых цифр показывать.</translation>
    </message>
    <message>
        <source>Neighbours:</source>
        <translation>Соседи:</translation>
    </message>
    <message>
        <source>The drawing, as the models see it</source>
        <translation>Рисунок таким, каким его видят модели</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab.</source>
        <translation>Нарисуйте цифру на вкладке «Рисование».</translation>
    </message>
    <message>
        <source>The verdict: the digit most of the nearest training digits (by distance between codes) are, how many of them agree, and how typical the drawing is.</source>
        <translation>Вердикт: цифра, которой является большинство ближайших обучающих цифр (по расстоянию между кодами), сколько из них согласны и насколько типичен рисунок.</translation>
    </message>
    <message>
        <source>Nearest MNIST test digits by code direction (label · distance)</source>
        <translation>Ближайшие тестовые цифры MNIST по направлению кода (метка · расстояние)</translation>
    </message>
    <message>
        <source>All test codes projected on their two main axes (PCA)</source>
        <translation>Все тестовые коды, спроецированные на две главные оси (PCA)</translation>
    </message>
    <message>
        <source>axis 1 ({0:.0%} of the variance)</source>
        <translation>ось 1 ({0:.0%} дисперсии)</translation>
    </message>
    <message>
        <source>axis 2 ({0:.0%})</source>
        <translation>ось 2 ({0:.0%})</translation>
    </message>
    <message>
        <source>Encoding the test digits…</source>
        <translation>Кодирование тестовых цифр…</translation>
    </message>
    <message>
        <source>The nearest digits need the MNIST test digits.</source>
        <translation>Для ближайших цифр нужны тестовые цифры MNIST.</translation>
    </message>
    <message>
        <source>No verdict: {0}</source>
        <translation>Вердикта нет: {0}</translation>
    </message>
    <message>
        <source>Looks like a &lt;b&gt;{0}&lt;/b&gt;: {1} of {2} nearest training digits agree · typicality {3:.0%}</source>
        <translation>Похоже на &lt;b&gt;{0}&lt;/b&gt;: согласны {1} из {2} ближайших обучающих цифр · типичность {3:.0%}</translation>
    </message>
    <message>
        <source>its nearest training digits (mostly {0}s) are {1:.2f} away in the judging models&apos; codes, where a digit&apos;s usually are {2:.2f}–{3:.2f} away</source>
        <translation>его ближайшие обучающие цифры (в основном — цифры {0}) находятся на расстоянии {1:.2f} в кодах оценивающих моделей, а у настоящей цифры они обычно на расстоянии {2:.2f}–{3:.2f}</translation>
    </message>
    <message>
        <source>its code is far from every digit&apos;s usual codes</source>
        <translation>его код далёк от обычных кодов любой цифры</translation>
    </message>
    <message>
        <source>the models cannot redraw it well</source>
        <translation>модели не могут хорошо его воспроизвести</translation>
    </message>
    <message>
        <source>its nearest digits disagree</source>
        <translation>его ближайшие цифры расходятся во мнении</translation>
    </message>
    <message>
        <source>&lt;b&gt;Does not look like any digit&lt;/b&gt;: {0}. Typicality {1:.1%}; a digit needs {2:.0%}.</source>
        <translation>&lt;b&gt;Не похоже ни на одну цифру&lt;/b&gt;: {0}. Типичность {1:.1%}; цифре нужно не меньше {2:.0%}.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons a drawing is no digit</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>NoisePanel</name>
    <message>
        <source>Noise factor: 0 is the clean drawing, 1 the strongest noise.</source>
        <translation>Уровень шума: 0 — чистый рисунок, 1 — самый сильный шум.</translation>
    </message>
    <message>
        <source>The noise factor: 0 is the clean drawing, 1 the strongest noise.</source>
        <translation>Уровень шума: 0 — чистый рисунок, 1 — самый сильный шум.</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>Новый шум</translation>
    </message>
    <message>
        <source>Draw a new random noise pattern.</source>
        <translation>Создать новый случайный узор шума.</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Шум</translation>
    </message>
    <message>
        <source>The errors of the image above against the clean drawing: binary cross-entropy (BCE) and mean squared error (MSE) over its 784 pixels; lower is closer.</source>
        <translation>Ошибки изображения выше относительно чистого рисунка: бинарная кросс-энтропия (BCE) и среднеквадратичная ошибка (MSE) по его 784 пикселям; чем меньше, тем ближе.</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Не загружена</translation>
    </message>
    <message>
        <source>BCE {0:.3f}
MSE {1:.3f}</source>
        <translation>BCE {0:.3f}
MSE {1:.3f}</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Нарисуйте цифру</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>{0} s</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <source>{0} min {1:02d} s</source>
        <translation>{0} мин {1:02d} с</translation>
    </message>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation>{0} ч {1:02d} мин</translation>
    </message>
    <message>
        <source>Epoch {0} of {1}</source>
        <translation>Эпоха {0} из {1}</translation>
    </message>
    <message>
        <source>batch {0}/{1}</source>
        <translation>батч {0}/{1}</translation>
    </message>
    <message>
        <source>loss {0:.4f}</source>
        <translation>потери {0:.4f}</translation>
    </message>
    <message>
        <source>{0:,.0f} digits/s</source>
        <translation>{0:,.0f} цифр/с</translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation>осталось около {0}</translation>
    </message>
    <message>
        <source>Set up a run and press Start.</source>
        <translation>Настройте запуск и нажмите «Начать обучение».</translation>
    </message>
    <message>
        <source>epoch: %p%</source>
        <translation>эпоха: %p%</translation>
    </message>
    <message>
        <source>run: %v of %m epochs</source>
        <translation>запуск: эпох %v из %m</translation>
    </message>
    <message>
        <source>How much of the current epoch (one pass over the training digits) is done.</source>
        <translation>Какая часть текущей эпохи (одного прохода по обучающим цифрам) пройдена.</translation>
    </message>
    <message>
        <source>How many of the run&apos;s epochs are done.</source>
        <translation>Сколько эпох запуска пройдено.</translation>
    </message>
    <message>
        <source>This epoch</source>
        <translation>Эта эпоха</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Весь запуск</translation>
    </message>
    <message>
        <source>Test images of {0} (top) and the model&apos;s reconstructions (bottom) after the last epoch; right: your drawing.</source>
        <translation>Тестовые изображения {0} (сверху) и реконструкции модели (снизу) после последней эпохи; справа — ваш рисунок.</translation>
    </message>
</context>
<context>
    <name>RunBanner</name>
    <message>
        <source>loss {0:.4f}</source>
        <translation>потери {0:.4f}</translation>
    </message>
    <message>
        <source>val loss {0:.4f}</source>
        <translation>потери на валидации {0:.4f}</translation>
    </message>
    <message>
        <source>test BCE {0:.4f}</source>
        <translation>тестовая BCE {0:.4f}</translation>
    </message>
    <message>
        <source>Save this model</source>
        <translation>Сохранить эту модель</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Use in Draw tab</source>
        <translation>Использовать на вкладке «Рисование»</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{0}&lt;/b&gt;: {1}.</source>
        <translation>Сохранено как &lt;b&gt;{0}&lt;/b&gt;: {1}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This run diverged&lt;/b&gt;: its loss reached {0:.4g} in epoch {1} (last epoch {2:.4f}), so the reconstructions all look alike. Try a learning rate well below {3:g}.</source>
        <translation>&lt;b&gt;Обучение разошлось&lt;/b&gt;: потери достигли {0:.4g} в эпохе {1} (в последней эпохе — {2:.4f}), поэтому все реконструкции выглядят одинаково. Попробуйте скорость обучения намного меньше {3:g}.</translation>
    </message>
    <message>
        <source>Stopped. The model after epoch {0} is kept ({1}). Save it to use it later?</source>
        <translation>Остановлено. Модель после эпохи {0} оставлена ({1}). Сохранить её, чтобы использовать потом?</translation>
    </message>
    <message>
        <source>The trained model could not be saved in {0}: {1}. It is kept in memory ({2}): free some space and retry, or save it elsewhere.</source>
        <translation>Не удалось сохранить обученную модель в {0}: {1}. Она хранится в памяти ({2}): освободите место и повторите попытку или сохраните её в другое место.</translation>
    </message>
</context>
<context>
    <name>SampleStrip</name>
    <message>
        <source>your drawing</source>
        <translation>ваш рисунок</translation>
    </message>
    <message>
        <source>draw a digit in the Draw tab</source>
        <translation>нарисуйте цифру на вкладке «Рисование»</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Alt and a menu&apos;s underlined letter opens it; Tab moves between the controls of a tab.</source>
        <translation>Alt и подчёркнутая буква меню открывают это меню; Tab переходит между элементами управления вкладки.</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message numerus="yes">
        <source>%n epochs from {0:g}, {1}</source>
        <translation>
            <numerusform>%n эпоха, начальная скорость обучения {0:g}, {1}</numerusform>
            <numerusform>%n эпохи, начальная скорость обучения {0:g}, {1}</numerusform>
            <numerusform>%n эпох, начальная скорость обучения {0:g}, {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TensorBoardGroup</name>
    <message>
        <source>Write TensorBoard logs</source>
        <translation>Записывать журналы TensorBoard</translation>
    </message>
    <message>
        <source>Folder for the logs</source>
        <translation>Папка для журналов</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Each run writes into its own sub-folder.</source>
        <translation>Каждый запуск пишет в свою подпапку.</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Папка журналов</translation>
    </message>
    <message>
        <source>choose a folder for the logs</source>
        <translation>выберите папку для журналов</translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation>Папка для журналов TensorBoard</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1:.2f}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1:.2f}</translation>
    </message>
    <message>
        <source>Test digit #{0}: a {1}, at distance {2:.3f} in code space</source>
        <translation>Тестовая цифра #{0}: {1}, на расстоянии {2:.3f} в пространстве кодов</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Skip the tour</source>
        <translation>Пропустить экскурсию</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Code size</source>
        <translation>Размер кода</translation>
    </message>
    <message>
        <source>Values in the code (the bottleneck).</source>
        <translation>Число значений в коде (узком месте сети).</translation>
    </message>
    <message>
        <source>Hidden sizes</source>
        <translation>Скрытые слои</translation>
    </message>
    <message>
        <source>Encoder layer widths before the code, e.g. 128, 64 (mirrored in the decoder); leave empty for none.</source>
        <translation>Ширины слоёв кодировщика перед кодом, например 128, 64 (в декодере повторяются зеркально); оставьте пустым, если скрытых слоёв нет.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Filters per conv + pooling block, e.g. 16, 8, 8 (mirrored in the decoder).</source>
        <translation>Число фильтров в каждом блоке «свёртка + пулинг», например 16, 8, 8 (в декодере повторяются зеркально).</translation>
    </message>
    <message>
        <source>L1 on the code</source>
        <translation>L1 на коде</translation>
    </message>
    <message>
        <source>Strength of the sparsity penalty on the code (0 for none).</source>
        <translation>Сила L1-штрафа, поощряющего разреженность кода (0 — без штрафа).</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Бинарная кросс-энтропия</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Среднеквадратичная ошибка</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Постоянная</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>Косинусное затухание</translation>
    </message>
    <message>
        <source>a number from {0:g} to {1:g}</source>
        <translation>число от {0:g} до {1:g}</translation>
    </message>
    <message>
        <source>whole numbers separated by commas</source>
        <translation>целые числа через запятую</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>{0} to {1} numbers</source>
        <translation>от {0} до {1} чисел</translation>
    </message>
    <message>
        <source>each from {0:g} to {1:g}</source>
        <translation>каждое от {0:g} до {1:g}</translation>
    </message>
    <message>
        <source>TensorBoard is not installed. To log runs, install it into the app&apos;s environment: pip install tensorboard.</source>
        <translation>TensorBoard не установлен. Чтобы записывать журналы запусков, установите его в окружение программы: pip install tensorboard.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Shipped model&apos;s recipe</source>
        <translation>Рецепт встроенной модели</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>The autoencoder family and layout to train.</source>
        <translation>Тип автокодировщика и его архитектура.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Предустановка</translation>
    </message>
    <message>
        <source>Fill the form with a tutorial&apos;s settings.</source>
        <translation>Заполнить форму настройками из туториала.</translation>
    </message>
    <message>
        <source>Input noise</source>
        <translation>Шум на входе</translation>
    </message>
    <message>
        <source>Noise added to the inputs while training (a denoiser); 0 for none.</source>
        <translation>Шум, добавляемый ко входам при обучении (шумоподавляющая модель); 0 — без шума.</translation>
    </message>
    <message>
        <source>Noise kinds</source>
        <translation>Виды шума</translation>
    </message>
    <message>
        <source>Each training digit gets one of the ticked noises, drawn at random.</source>
        <translation>Каждая обучающая цифра получает один из отмеченных видов шума, выбранный случайно.</translation>
    </message>
    <message>
        <source>What this variant is, its layer sizes, and the tutorial it comes from.</source>
        <translation>Что это за вариант, размеры его слоёв и из какого он туториала.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Training digits</source>
        <translation>Обучающие цифры</translation>
    </message>
    <message>
        <source>How many training images to use (a fifth of them, at most 5,000, is held out for validation).</source>
        <translation>Сколько обучающих изображений использовать (пятая их часть, но не больше 5&#xa0;000, откладывается для валидации).</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Эпохи</translation>
    </message>
    <message>
        <source>Passes over the training digits.</source>
        <translation>Число проходов по обучающим цифрам.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Размер батча</translation>
    </message>
    <message>
        <source>Digits per gradient step.</source>
        <translation>Цифр на один шаг градиентного спуска.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Оптимизатор</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <source>For example 0.001 or 1e-3.</source>
        <translation>Например, 0.001 или 1e-3.</translation>
    </message>
    <message>
        <source>Rate schedule</source>
        <translation>Расписание скорости</translation>
    </message>
    <message>
        <source>Keep the rate, or let it decay to zero along a cosine.</source>
        <translation>Оставить скорость постоянной или дать ей затухнуть до нуля по косинусу.</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>Эпохи разогрева</translation>
    </message>
    <message>
        <source>Epochs over which a cosine schedule ramps the rate up from 1% (keeps more ReLU units alive).</source>
        <translation>Эпохи, за которые косинусное расписание поднимает скорость с 1% (так остаётся больше живых нейронов ReLU).</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Функция потерь</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Случайное зерно</translation>
    </message>
    <message>
        <source>The same seed and settings give the same model.</source>
        <translation>Одинаковые зерно и настройки дают одинаковую модель.</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>Этап 2</translation>
    </message>
    <message>
        <source>{0}
From: {1}</source>
        <translation>{0}
Источник: {1}</translation>
    </message>
    <message>
        <source>a number, e.g. 0.001</source>
        <translation>число, например 0.001</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} (edited)</source>
        <translation>{0} (изменено)</translation>
    </message>
    <message>
        <source>{0:g} is {1:.0f}× the preset&apos;s {2:g}: the loss may blow up (diverge). Lower it unless you want to see that happen.</source>
        <translation>{0:g} — это {1:.0f}× от значения {2:g} в предустановке: потери могут «взорваться» (обучение разойдётся). Уменьшите значение, если только не хотите увидеть, как это происходит.</translation>
    </message>
    <message>
        <source>Refine afterwards</source>
        <translation>Затем дообучить</translation>
    </message>
    <message>
        <source>Train further with a second, gentler cosine cycle after the first.</source>
        <translation>Продолжить обучение вторым, более мягким косинусным циклом после первого.</translation>
    </message>
    <message>
        <source>cosine decay</source>
        <translation>косинусное затухание</translation>
    </message>
    <message>
        <source>constant rate</source>
        <translation>постоянная скорость</translation>
    </message>
    <message>
        <source>{0}, from the first stage&apos;s weights (as the shipped model was trained).</source>
        <translation>{0}, с весов первого этапа (так обучалась встроенная модель).</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Loading {0}…</source>
        <translation>Загрузка {0}…</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>Построение модели…</translation>
    </message>
    <message>
        <source>Measuring on the test digits…</source>
        <translation>Измерение на тестовых цифрах…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation>Сохранить обученную модель</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Модели Keras (*.keras)</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Начать обучение</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>Прервать обучение</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Keras code…</source>
        <translation>Код Keras…</translation>
    </message>
    <message>
        <source>Show the Keras code for these settings</source>
        <translation>Показать код Keras для этих настроек</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>Сначала исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>shipped model, test BCE</source>
        <translation>встроенная модель, тестовая BCE</translation>
    </message>
    <message>
        <source>tutorial&apos;s figure</source>
        <translation>результат из туториала</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Остановка после этого батча…</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epochs in {0}.</source>
        <translation>
            <numerusform>Обучение завершено: %n эпоха за {0}.</numerusform>
            <numerusform>Обучение завершено: %n эпохи за {0}.</numerusform>
            <numerusform>Обучение завершено: %n эпох за {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epochs; the model is not saved yet.</source>
        <translation>
            <numerusform>Обучение завершено: %n эпоха; модель ещё не сохранена.</numerusform>
            <numerusform>Обучение завершено: %n эпохи; модель ещё не сохранена.</numerusform>
            <numerusform>Обучение завершено: %n эпох; модель ещё не сохранена.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after {0} of %n epochs.</source>
        <translation>
            <numerusform>Остановлено: пройдено эпох — {0} из %n.</numerusform>
            <numerusform>Остановлено: пройдено эпох — {0} из %n.</numerusform>
            <numerusform>Остановлено: пройдено эпох — {0} из %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the first epoch finished; there is nothing to keep.</source>
        <translation>Остановлено до конца первой эпохи; сохранять нечего.</translation>
    </message>
    <message>
        <source>The run failed; nothing was saved.</source>
        <translation>Запуск не удался; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>Идёт обучение</translation>
    </message>
    <message>
        <source>Stop training and quit?</source>
        <translation>Остановить обучение и выйти?</translation>
    </message>
    <message>
        <source>Trained model not saved</source>
        <translation>Обученная модель не сохранена</translation>
    </message>
    <message>
        <source>The trained model could not be saved and will be lost. Quit anyway?</source>
        <translation>Обученную модель не удалось сохранить, и она будет потеряна. Всё равно выйти?</translation>
    </message>
</context>
<context>
    <name>TrainedModelsPanel</name>
    <message>
        <source>Open an autoencoder</source>
        <translation>Открыть автокодировщик</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Модели Keras (*.keras)</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Проверка {0}…</translation>
    </message>
    <message>
        <source>{0} is now in the Draw tab.</source>
        <translation>Модель {0} теперь на вкладке «Рисование».</translation>
    </message>
    <message>
        <source>Model not used</source>
        <translation>Модель не использована</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Эпохи</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Потери</translation>
    </message>
    <message>
        <source>Val loss</source>
        <translation>Потери (валид.)</translation>
    </message>
    <message>
        <source>Test BCE</source>
        <translation>Тестовая BCE</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранена</translation>
    </message>
    <message>
        <source>In Draw tab</source>
        <translation>На вкладке «Рисование»</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>instead of the shipped {0}</source>
        <translation>вместо встроенной модели «{0}»</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждена</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неполная</translation>
    </message>
    <message>
        <source>{0} (diverged)</source>
        <translation>{0} (разошлась)</translation>
    </message>
    <message>
        <source>{0}: {1}. Delete it, or keep it without its metadata.</source>
        <translation>{0}: {1}. Удалите её или оставьте без метаданных.</translation>
    </message>
    <message>
        <source>The loss rose instead of falling: try a lower rate.</source>
        <translation>Потери росли, а не падали: попробуйте меньшую скорость обучения.</translation>
    </message>
    <message>
        <source>&lt;b&gt;My trained models&lt;/b&gt;</source>
        <translation>&lt;b&gt;Мои обученные модели&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use in Draw tab</source>
        <translation>Использовать на вкладке «Рисование»</translation>
    </message>
    <message>
        <source>Add it to the Draw tab next to the shipped models</source>
        <translation>Добавить её на вкладку «Рисование» рядом со встроенными моделями</translation>
    </message>
    <message>
        <source>Use instead of the shipped model</source>
        <translation>Использовать вместо встроенной модели</translation>
    </message>
    <message>
        <source>Remove from Draw tab</source>
        <translation>Убрать с вкладки «Рисование»</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>Открыть модель…</translation>
    </message>
    <message>
        <source>Check a .keras autoencoder from anywhere and add it to the Draw tab</source>
        <translation>Проверить автокодировщик .keras из любой папки и добавить его на вкладку «Рисование»</translation>
    </message>
    <message>
        <source>Show models folder</source>
        <translation>Показать папку моделей</translation>
    </message>
    <message>
        <source>Keras code…</source>
        <translation>Код Keras…</translation>
    </message>
    <message>
        <source>Show the Keras code of this run</source>
        <translation>Показать код Keras этого запуска</translation>
    </message>
    <message>
        <source>Keep without metadata</source>
        <translation>Оставить без метаданных</translation>
    </message>
    <message>
        <source>Accept an incomplete model as it is; its figures are lost</source>
        <translation>Принять неполную модель как есть; её показатели будут потеряны</translation>
    </message>
    <message>
        <source>Use instead of the shipped {0}</source>
        <translation>Использовать вместо встроенной модели «{0}»</translation>
    </message>
    <message>
        <source>Restore the shipped {0}</source>
        <translation>Вернуть встроенную модель «{0}»</translation>
    </message>
    <message>
        <source>Use a diverged model?</source>
        <translation>Использовать разошедшуюся модель?</translation>
    </message>
    <message>
        <source>{0} diverged: its loss rose instead of falling, so its reconstructions are all alike. Use it in the Draw tab anyway?</source>
        <translation>Обучение модели {0} разошлось: её потери росли, а не падали, поэтому все её реконструкции одинаковы. Всё равно использовать её на вкладке «Рисование»?</translation>
    </message>
    <message>
        <source>{0} now runs in the Draw tab instead of the shipped {1}.</source>
        <translation>Модель {0} теперь работает на вкладке «Рисование» вместо встроенной модели «{1}».</translation>
    </message>
    <message>
        <source>Shipped model not restored</source>
        <translation>Встроенная модель не возвращена</translation>
    </message>
    <message>
        <source>The shipped {0} is back in the Draw tab.</source>
        <translation>Встроенная модель «{0}» снова на вкладке «Рисование».</translation>
    </message>
    <message>
        <source>{0} was removed from the Draw tab.</source>
        <translation>Модель {0} убрана с вкладки «Рисование».</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Не переименовано</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation>Переименовать модель</translation>
    </message>
    <message>
        <source>{0}
New name:</source>
        <translation>{0}
Новое имя:</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Удалить модель</translation>
    </message>
    <message>
        <source>Delete {0} and its metrics for good?</source>
        <translation>Удалить модель {0} и её метрики навсегда?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>{0} could not be deleted ({1}).</source>
        <translation>Не удалось удалить {0} ({1}).</translation>
    </message>
    <message>
        <source>No Keras code</source>
        <translation>Нет кода Keras</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Не оставлено</translation>
    </message>
    <message>
        <source>{0} could not be updated ({1}).</source>
        <translation>Не удалось обновить {0} ({1}).</translation>
    </message>
    <message>
        <source>No file manager could be opened. Your models are in {0} (select the path to copy it).</source>
        <translation>Не удалось открыть файловый менеджер. Ваши модели лежат в {0} (выделите путь, чтобы скопировать его).</translation>
    </message>
</context>
<context>
    <name>TypicalityMeter</name>
    <message>
        <source>&lt;b&gt;Typicality&lt;/b&gt;</source>
        <translation>&lt;b&gt;Типичность&lt;/b&gt;</translation>
    </message>
    <message>
        <source>How typical the drawing is of the handwritten digits the models learned from: the share of training digits that look less typical to the vanilla, deep and conv models together (how close their codes come to real digits, how well they redraw it, whether its nearest digits agree). Below {0:.0%} (the tick), it does not look like any digit.</source>
        <translation>Насколько рисунок типичен для рукописных цифр, на которых учились модели: доля обучающих цифр, которые выглядят менее типичными для простой, глубокой и свёрточной моделей вместе (насколько близко их коды подходят к настоящим цифрам, насколько хорошо модели его воспроизводят, согласны ли между собой его ближайшие цифры). Ниже {0:.0%} (засечка) рисунок не похож ни на одну цифру.</translation>
    </message>
    <message>
        <source>The verdict follows once the models have loaded…</source>
        <translation>Вердикт появится, когда модели загрузятся…</translation>
    </message>
    <message>
        <source>No verdict: {0}</source>
        <translation>Вердикта нет: {0}</translation>
    </message>
    <message>
        <source>Draw a digit to see how typical it is.</source>
        <translation>Нарисуйте цифру, чтобы увидеть, насколько она типична.</translation>
    </message>
    <message>
        <source>Does not look like any digit (typicality {0:.1%})</source>
        <translation>Не похоже ни на одну цифру (типичность {0:.1%})</translation>
    </message>
    <message>
        <source>Looks like a {0} · typicality {1:.0%}</source>
        <translation>Похоже на {0} · типичность {1:.0%}</translation>
    </message>
</context>
<context>
    <name>WrittenNotice</name>
    <message>
        <source>Show folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <source>Wrote {0} to {1}.</source>
        <translation>Записано в {1}: {0}.</translation>
    </message>
    <message>
        <source>No file manager could be opened; the files are in {0}.</source>
        <translation>Не удалось открыть файловый менеджер; файлы лежат в {0}.</translation>
    </message>
</context>
</TS>
