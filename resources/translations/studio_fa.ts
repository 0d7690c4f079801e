<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>ArchitectureDiagram</name>
    <message>
        <source>Each bar is one layer; its height grows with the number of values it holds (with its square root); the label under it is its shape</source>
        <translation>هر ستون یک لایه است؛ ارتفاعش با تعداد مقدارهایی که در خود دارد بیشتر می‌شود (به نسبت جذر آن)؛ برچسب زیر آن، شکل (shape) لایه است</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>رمزنگار</translation>
    </message>
    <message>
        <source>code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>رمزگشا</translation>
    </message>
</context>
<context>
    <name>CodeCompare</name>
    <message>
        <source>Compare with vanilla</source>
        <translation>مقایسه با مدل ساده</translation>
    </message>
    <message>
        <source>Draw the vanilla model&apos;s code for the same drawing below the selected code, on one common scale.</source>
        <translation>کد مدل ساده را برای همین نقاشی، زیر کد انتخاب‌شده و با یک مقیاس مشترک نشان می‌دهد.</translation>
    </message>
    <message>
        <source>How many of the code&apos;s values are exactly zero: a sparse code switches most of its values off.</source>
        <translation>چند مقدار از کد دقیقاً صفر است: کد تُنُک بیشتر مقدارهایش را خاموش می‌کند.</translation>
    </message>
    <message>
        <source>The selected model is the vanilla model.</source>
        <translation>مدل انتخاب‌شده خودِ مدل ساده است.</translation>
    </message>
    <message>
        <source>Only a flat code of many values can be compared as bars.</source>
        <translation>فقط کدی تخت با تعداد زیادی مقدار را می‌توان به‌صورت ستونی مقایسه کرد.</translation>
    </message>
    <message>
        <source>The vanilla model&apos;s code is not available.</source>
        <translation>کد مدل ساده در دسترس نیست.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n values are zero</source>
        <translation>
            <numerusform>‏{0} از %n مقدار صفر است</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (vanilla: {1} of %n)</source>
        <translation>
            <numerusform>‏‎{0}‎ (مدل ساده: {1} از %n)</numerusform>
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
        <translation>با Keras 3 (با هر بک‌اندی) و NumPy اجرا می‌شود؛ به بسته‌ی دیگری نیاز ندارد.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard (Ctrl+Shift+C)</source>
        <translation>کپی کل اسکریپت در کلیپ‌بورد (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n lines to the clipboard.</source>
        <translation>
            <numerusform>%n خط در کلیپ‌بورد کپی شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Keras script</source>
        <translation>ذخیره‌ی اسکریپت Keras</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>فایل‌های پایتون (*.py)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>{0} could not be written ({1}).</source>
        <translation>نوشتن ‎{0}‎ ممکن نشد (‎{1}‎).</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>‏‎{0}‎ ذخیره شد</translation>
    </message>
    <message>
        <source>No Keras code</source>
        <translation>کد Keras موجود نیست</translation>
    </message>
    <message>
        <source>Keras code: {0}</source>
        <translation>کد Keras: ‎{0}‎</translation>
    </message>
</context>
<context>
    <name>CodeEditorPage</name>
    <message>
        <source>Reset to the drawing</source>
        <translation>بازنشانی به نقاشی</translation>
    </message>
    <message>
        <source>Set every slider back to the drawing&apos;s code</source>
        <translation>همه‌ی لغزنده‌ها را به کد نقاشی برمی‌گرداند</translation>
    </message>
    <message>
        <source>Code values, most varied over the test digits first</source>
        <translation>مقدارهای کد، از بیشترین تغییر روی رقم‌های آزمون به کمترین</translation>
    </message>
    <message>
        <source>Decoded edited code</source>
        <translation>رمزگشایی کد ویرایش‌شده</translation>
    </message>
    <message>
        <source>The drawing&apos;s reconstruction:</source>
        <translation>بازسازی نقاشی:</translation>
    </message>
    <message>
        <source>{0}  (σ {1:.2f})</source>
        <translation>{0}  (σ {1:.2f})</translation>
    </message>
    <message>
        <source>Code {0}</source>
        <translation>‏{0} از کد</translation>
    </message>
    <message>
        <source>The code value&apos;s number; σ is how much it varies over the MNIST test digits.</source>
        <translation>شماره‌ی این مقدار کد؛ σ نشان می‌دهد این مقدار روی رقم‌های آزمون MNIST چقدر تغییر می‌کند.</translation>
    </message>
    <message>
        <source>The value this slider sets in the code.</source>
        <translation>مقداری که این لغزنده در کد قرار می‌دهد.</translation>
    </message>
</context>
<context>
    <name>CodeNumbering</name>
    <message>
        <source>value {0}</source>
        <translation>مقدار {0}</translation>
    </message>
    <message>
        <source>map {0}</source>
        <translation>نقشه‌ی {0}</translation>
    </message>
</context>
<context>
    <name>CodeSpace</name>
    <message>
        <source>Encoding the test digits with {0}</source>
        <translation>رمزنگاری رقم‌های آزمون با ‎{0}‎</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n مقدار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} = %n values</source>
        <translation>
            <numerusform>‏‎{0}‎ = %n مقدار</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>The selected model&apos;s code for the drawing: one bar, point or map per value. Hover to read a value.</source>
        <translation>کد مدل انتخاب‌شده برای نقاشی: برای هر مقدار یک ستون، نقطه یا نقشه. برای خواندن یک مقدار، نشانگر موس را روی آن نگه دارید.</translation>
    </message>
    <message>
        <source>Draw a digit to see its code.</source>
        <translation>یک رقم بکشید تا کدش را ببینید.</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>انتخاب‌شده</translation>
    </message>
    <message>
        <source>vanilla</source>
        <translation>ساده</translation>
    </message>
    <message>
        <source>code[{0}] = {1:.4f}</source>
        <translation>code[{0}] = {1:.4f}</translation>
    </message>
    <message>
        <source>vanilla code[{0}] = {1:.4f}</source>
        <translation>مدل ساده: code[‎{0}‎] = {1:.4f}</translation>
    </message>
    <message>
        <source>code = ({0:.3f}, {1:.3f})</source>
        <translation>کد = ‎({0:.3f}, {1:.3f})‎</translation>
    </message>
    <message>
        <source>{0}, row {1}, column {2}: {3:.4f}</source>
        <translation>‏{0}، سطر {1}، ستون {2}: ‎{3:.4f}</translation>
    </message>
</context>
<context>
    <name>DatasetNotice</name>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>How much of the dataset has been downloaded.</source>
        <translation>چه مقدار از مجموعه‌داده بارگیری شده است.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>انتخاب پوشه…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>بارگیری</translation>
    </message>
    <message>
        <source>Download {0}</source>
        <translation>بارگیری ‎{0}‎</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>در حال بارگیری ‎{0}‎…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>در حال بارگذاری ‎{0}‎…</translation>
    </message>
    <message>
        <source>{0} was not found.</source>
        <translation>‏‎{0}‎ پیدا نشد.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} is not on this computer.&lt;/b&gt; {1} Download it or choose the folder that holds its four IDX files.</source>
        <translation>‏&lt;b&gt;‎{0}‎ روی این رایانه نیست.&lt;/b&gt; ‎{1}‎ آن را بارگیری کنید یا پوشه‌ای را انتخاب کنید که چهار فایل IDX آن در آن است.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} could not be loaded.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;بارگذاری ‎{0}‎ ممکن نشد.&lt;/b&gt; ‎{1}‎</translation>
    </message>
    <message>
        <source>Looked in:
{0}</source>
        <translation>جاهایی که جست‌وجو شد:
‎{0}‎</translation>
    </message>
    <message>
        <source>Downloading {0}: {1}, {2:.1f} of {3:.1f} MB</source>
        <translation>در حال بارگیری ‎{0}‎: ‎{1}‎، {2:.1f} از {3:.1f} مگابایت</translation>
    </message>
    <message>
        <source>Downloading {0}: {1}, {2:.1f} MB</source>
        <translation>در حال بارگیری ‎{0}‎: ‎{1}‎، {2:.1f} مگابایت</translation>
    </message>
    <message>
        <source>Folder holding {0}</source>
        <translation>پوشه‌ی حاوی ‎{0}‎</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>{0} (not found)</source>
        <translation>‏‎{0}‎ (پیدا نشد)</translation>
    </message>
    <message>
        <source>{0} was not found: download it or choose its folder.</source>
        <translation>‏‎{0}‎ پیدا نشد: آن را بارگیری کنید یا پوشه‌اش را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Wait for the download to finish.</source>
        <translation>صبر کنید تا بارگیری تمام شود.</translation>
    </message>
</context>
<context>
    <name>DatasetService</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>بارگیری لغو شد.</translation>
    </message>
    <message>
        <source>Loading {0}</source>
        <translation>بارگذاری ‎{0}‎</translation>
    </message>
    <message>
        <source>Downloading {0}</source>
        <translation>بارگیری ‎{0}‎</translation>
    </message>
</context>
<context>
    <name>DeviceChoice</name>
    <message>
        <source>Devices are listed once Keras has loaded…</source>
        <translation>دستگاه‌ها پس از بارگذاری Keras فهرست می‌شوند…</translation>
    </message>
    <message>
        <source>The processors the next run will train on, and their memory.</source>
        <translation>پردازنده‌هایی که آموزش بعدی روی آن‌ها انجام می‌شود، و حافظه‌ی آن‌ها.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
    <message numerus="yes">
        <source>All %n devices</source>
        <translation>
            <numerusform>همه‌ی %n دستگاه</numerusform>
        </translation>
    </message>
    <message>
        <source>Trains on: {0}</source>
        <translation>آموزش روی: ‎{0}‎</translation>
    </message>
    <message>
        <source>The last run trained on: {0}</source>
        <translation>آخرین آموزش روی: ‎{0}‎</translation>
    </message>
</context>
<context>
    <name>DigitScatter</name>
    <message>
        <source>digit</source>
        <translation>رقم</translation>
    </message>
</context>
<context>
    <name>DrawActions</name>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>&amp;واگرد خط</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation>&amp;انجام مجدد خط</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>انجام مجدد</translation>
    </message>
    <message>
        <source>&amp;Clear drawing</source>
        <translation>پا&amp;ک کردن نقاشی</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Load a random MNIST &amp;test digit</source>
        <translation>بارگذاری یک رقم آزمون &amp;تصادفی از MNIST</translation>
    </message>
    <message>
        <source>MNIST digit</source>
        <translation>رقم MNIST</translation>
    </message>
    <message>
        <source>&amp;Open drawing…</source>
        <translation>با&amp;ز کردن نقاشی…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <source>&amp;Save drawing…</source>
        <translation>&amp;ذخیره‌ی نقاشی…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>ذخیره…</translation>
    </message>
    <message>
        <source>&amp;MNIST preprocessing</source>
        <translation>&amp;پیش‌پردازش MNIST</translation>
    </message>
    <message>
        <source>MNIST preprocessing</source>
        <translation>پیش‌پردازش MNIST</translation>
    </message>
    <message>
        <source>Crop to the ink, even out the stroke width, fit into 20 × 20 and centre by centre of mass, as MNIST was made.</source>
        <translation>برش تا لبه‌ی جوهر، یکنواخت کردن ضخامت خط، جا دادن در 20 × 20 و مرکز کردن بر پایه‌ی مرکز جرم؛ همان‌طور که MNIST ساخته شد.</translation>
    </message>
    <message>
        <source>Show the 28 × 28 &amp;grid</source>
        <translation>نمایش &amp;شبکه‌ی 28 × 28</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>&amp;New noise</source>
        <translation>&amp;نویز تازه</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>نویز تازه</translation>
    </message>
    <message>
        <source>Ne&amp;xt model</source>
        <translation>مدل &amp;بعدی</translation>
    </message>
    <message>
        <source>Next model</source>
        <translation>مدل بعدی</translation>
    </message>
    <message>
        <source>Pre&amp;vious model</source>
        <translation>مدل &amp;قبلی</translation>
    </message>
    <message>
        <source>Previous model</source>
        <translation>مدل قبلی</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} is not on this computer: choose its folder or download it (the Explore tab&apos;s notice or the Train tab&apos;s dataset).</source>
        <translation>‏‎{0}‎ روی این رایانه نیست: پوشه‌اش را انتخاب کنید یا آن را بارگیری کنید (از پیام زبانه‌ی کاوش یا بخش مجموعه‌داده در زبانه‌ی آموزش).</translation>
    </message>
    <message>
        <source>Cleared. Ctrl+Z brings it back.</source>
        <translation>پاک شد. Ctrl+Z آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>No test digits</source>
        <translation>رقم آزمون در دسترس نیست</translation>
    </message>
    <message>
        <source>Loading the {0} test digits…</source>
        <translation>در حال بارگذاری رقم‌های آزمون ‎{0}‎…</translation>
    </message>
    <message>
        <source>Loaded an MNIST test digit: a {0}.</source>
        <translation>یک رقم آزمون MNIST بارگذاری شد: رقم {0}.</translation>
    </message>
    <message>
        <source>PNG images ({0})</source>
        <translation>تصویرهای PNG (‎{0}‎)</translation>
    </message>
    <message>
        <source>All images ({0})</source>
        <translation>همه‌ی تصویرها (‎{0}‎)</translation>
    </message>
    <message>
        <source>Open a drawing</source>
        <translation>باز کردن نقاشی</translation>
    </message>
    <message>
        <source>Drawing not opened</source>
        <translation>نقاشی باز نشد</translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation>ذخیره‌ی نقاشی</translation>
    </message>
    <message>
        <source>Drawing not saved</source>
        <translation>نقاشی ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>How many values the selected model&apos;s code has, and the compression: 784 input pixels divided by the code&apos;s values.</source>
        <translation>تعداد مقدارهای کد مدل انتخاب‌شده و میزان فشرده‌سازی: 784 پیکسل ورودی تقسیم بر تعداد مقدارهای کد.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstructions&lt;/b&gt; — click a model to inspect it</source>
        <translation>&lt;b&gt;بازسازی‌ها&lt;/b&gt; — برای بررسی هر مدل روی آن کلیک کنید</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>کارت مدل</translation>
    </message>
    <message>
        <source>Noise and denoising</source>
        <translation>نویز و نویززدایی</translation>
    </message>
    <message>
        <source>Draw a digit on the left to see this model reconstruct it.</source>
        <translation>در سمت راست یک رقم بکشید تا بازسازی آن را با این مدل ببینید.</translation>
    </message>
    <message>
        <source>Noisy input</source>
        <translation>ورودی نویزی</translation>
    </message>
    <message>
        <source>Denoising model</source>
        <translation>مدل نویززدا</translation>
    </message>
    <message>
        <source>Plain model</source>
        <translation>مدل معمولی</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>بارگذاری نشده</translation>
    </message>
    <message>
        <source>{0} (yours, instead of {1})</source>
        <translation>‏‎{0}‎ (مدل شما، به‌جای ‎{1}‎)</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} Runs instead of the shipped {1}.</source>
        <translation>‏‎{0}‎ این مدل به‌جای مدل همراه برنامه‌ی «‎{1}‎» اجرا می‌شود.</translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation>بارگذاری نشده است.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; code: {1} · {2} / {3} = &lt;b&gt;{4:.1f}× compression&lt;/b&gt;</source>
        <translation>کد &lt;b&gt;{0}&lt;/b&gt;: {1} · {2} / {3} = &lt;b&gt;{4:.1f}× فشرده‌سازی&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading its layers…</source>
        <translation>در حال بارگذاری لایه‌ها…</translation>
    </message>
    <message>
        <source>The shipped model is back.</source>
        <translation>مدل همراه برنامه برگشت.</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Left button draws, right button erases.</source>
        <translation>دکمه‌ی چپ می‌کشد، دکمه‌ی راست پاک می‌کند.</translation>
    </message>
    <message>
        <source>Draw a digit here

left button draws · right button erases</source>
        <translation>اینجا یک رقم بکشید

دکمه‌ی چپ می‌کشد · دکمه‌ی راست پاک می‌کند</translation>
    </message>
</context>
<context>
    <name>DrawingPanel</name>
    <message>
        <source>Brush diameter in model pixels (the canvas is 28 model pixels across).</source>
        <translation>قطر قلم‌مو بر حسب پیکسل مدل (عرض بوم 28 پیکسل مدل است).</translation>
    </message>
    <message>
        <source>0 % is a soft airbrush, 100 % a hard round pen.</source>
        <translation>‏0 % یعنی افشانه‌ی نرم، 100 % یعنی قلم گرد و سخت.</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>The brush diameter in model pixels.</source>
        <translation>قطر قلم‌مو بر حسب پیکسل مدل.</translation>
    </message>
    <message>
        <source>The brush hardness: 0 % soft airbrush, 100 % hard pen.</source>
        <translation>سختی قلم‌مو: 0 % افشانه‌ی نرم، 100 % قلم سخت.</translation>
    </message>
    <message>
        <source>The model input: the drawing after preprocessing, 28 × 28 pixels.</source>
        <translation>ورودی مدل: نقاشی پس از پیش‌پردازش، 28 × 28 پیکسل.</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>اندازه‌ی قلم‌مو</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation>سختی</translation>
    </message>
    <message>
        <source>Model input</source>
        <translation>ورودی مدل</translation>
    </message>
    <message>
        <source>{0:.1f} px</source>
        <translation>{0:.1f} px</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>the model&apos;s sidecar holds no settings where they belong</source>
        <translation>فایل فراداده‌ی همراه مدل، تنظیمات را در جای درستشان ندارد</translation>
    </message>
    <message>
        <source>the model&apos;s sidecar records no variant and training settings of this app</source>
        <translation>فایل فراداده‌ی همراه مدل، گونه و تنظیمات آموزش این برنامه را ثبت نکرده است</translation>
    </message>
    <message>
        <source>the model&apos;s sidecar holds settings this version does not know ({reason})</source>
        <translation>فایل فراداده‌ی همراه مدل تنظیماتی دارد که این نسخه آن‌ها را نمی‌شناسد (‎{reason}‎)</translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation>‏‎{earlier}‎؛ ‎{later}‎</translation>
    </message>
    <message>
        <source>no Keras loader for the dataset {dataset!r}; known: {known}</source>
        <translation>برای مجموعه‌داده‌ی ‎{dataset!r}‎ بارگذار Keras وجود ندارد؛ موارد شناخته‌شده: ‎{known}‎</translation>
    </message>
    <message>
        <source>the subset must be a number of digits, not {subset!r}</source>
        <translation>زیرمجموعه باید تعدادی رقم باشد، نه ‎{subset!r}‎</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>these settings cannot be written out as Keras code ({reason})</source>
        <translation>این تنظیمات را نمی‌توان به‌صورت کد Keras نوشت (‎{reason}‎)</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu: sudo apt install dataset-fashion-mnist.</source>
        <translation>در Debian یا Ubuntu:‏ sudo apt install dataset-fashion-mnist.</translation>
    </message>
    <message>
        <source>{path} is larger than any file of this dataset can be ({limit:,} bytes): it is damaged or a different file. Delete it and provide the original.</source>
        <translation>‏‎{path}‎ از هر فایلی در این مجموعه‌داده بزرگ‌تر است ({limit:,} بایت): آسیب دیده یا فایل دیگری است. آن را پاک کنید و فایل اصلی را فراهم کنید.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}): its compressed data cannot be read. Delete it and provide the file again.</source>
        <translation>‏‎{path}‎ آسیب دیده است (‎{reason}‎): داده‌های فشرده‌ی آن خوانده نمی‌شود. آن را پاک کنید و فایل را دوباره فراهم کنید.</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}). Delete it and provide the file again.</source>
        <translation>‏‎{path}‎ خوانده نشد (‎{reason}‎). آن را پاک کنید و فایل را دوباره فراهم کنید.</translation>
    </message>
    <message>
        <source>{file} is not an IDX file of unsigned bytes.</source>
        <translation>‏‎{file}‎ فایل IDX از بایت‌های بدون علامت نیست.</translation>
    </message>
    <message>
        <source>{file} is truncated: its header is incomplete.</source>
        <translation>‏‎{file}‎ ناقص است: سرآیند آن کامل نیست.</translation>
    </message>
    <message>
        <source>{file} is truncated or damaged: {size} bytes where its header promises {expected}.</source>
        <translation>‏‎{file}‎ ناقص یا آسیب‌دیده است: {size} بایت دارد، در حالی که سرآیندش {expected} بایت را وعده می‌دهد.</translation>
    </message>
    <message>
        <source>{title} was not found. Looked in:
  {searched}
Put the four IDX files (plain or .gz) in one of these folders, set {variable} to a folder holding &apos;{folder}/&apos;, or download it.</source>
        <translation>‏‎{title}‎ پیدا نشد. جاهایی که جست‌وجو شد:
  ‎{searched}‎
چهار فایل IDX (ساده یا ‎.gz) را در یکی از این پوشه‌ها بگذارید، ‎{variable}‎ را روی پوشه‌ای تنظیم کنید که &apos;‎{folder}‎/&apos; را در خود دارد، یا آن را بارگیری کنید.</translation>
    </message>
    <message>
        <source>{message} {hint}</source>
        <translation>{message} {hint}</translation>
    </message>
    <message>
        <source>{file} is missing from {folder}.</source>
        <translation>‏‎{file}‎ در ‎{folder}‎ نیست.</translation>
    </message>
    <message>
        <source>{path} does not match the published {title} file (MD5 {digest}, expected {expected}). It is damaged or a different file: delete it and provide the original.</source>
        <translation>‏‎{path}‎ با فایل منتشرشده‌ی ‎{title}‎ یکی نیست (MD5 ‎{digest}‎، مورد انتظار ‎{expected}‎). آسیب دیده یا فایل دیگری است: آن را پاک کنید و فایل اصلی را فراهم کنید.</translation>
    </message>
    <message>
        <source>Could not download {title} ({file}).
  {errors}
Check the internet connection, or put the files in a folder by hand.</source>
        <translation>بارگیری ‎{title}‎ (‎{file}‎) ممکن نشد.
  ‎{errors}‎
اتصال اینترنت را بررسی کنید، یا فایل‌ها را دستی در یک پوشه بگذارید.</translation>
    </message>
    <message>
        <source>the download is larger than the file can be ({limit:,} bytes)</source>
        <translation>حجم بارگیری از اندازه‌ی ممکن فایل بیشتر است ({limit:,} بایت)</translation>
    </message>
    <message>
        <source>checksum mismatch (MD5 {digest}, expected {expected})</source>
        <translation>ناهمخوانی checksum ‏(MD5 ‎{digest}‎، مورد انتظار ‎{expected}‎)</translation>
    </message>
    <message>
        <source>Unknown dataset {name!r}; known: {known}.</source>
        <translation>مجموعه‌داده‌ی ناشناخته‌ی ‎{name!r}‎؛ موارد شناخته‌شده: ‎{known}‎.</translation>
    </message>
    <message>
        <source>cannot train on {wanted} devices: this machine has {count} ({ids})</source>
        <translation>آموزش روی {wanted} دستگاه ممکن نیست: این رایانه {count} دستگاه دارد (‎{ids}‎)</translation>
    </message>
    <message>
        <source>unknown device choice {option!r}: use &apos;auto&apos;, a number or a list of ids</source>
        <translation>انتخاب دستگاه ناشناخته‌ی ‎{option!r}‎: از &apos;auto&apos;، یک عدد یا فهرستی از شناسه‌ها استفاده کنید</translation>
    </message>
    <message>
        <source>devices {ids}: choose from {known}</source>
        <translation>دستگاه‌های ‎{ids}‎: از میان ‎{known}‎ انتخاب کنید</translation>
    </message>
    <message>
        <source>devices none or repeated: choose from {known}</source>
        <translation>هیچ دستگاهی انتخاب نشده یا دستگاهی تکراری است: از میان ‎{known}‎ انتخاب کنید</translation>
    </message>
    <message>
        <source>the {backend} backend trains on its default device only</source>
        <translation>بک‌اند ‎{backend}‎ فقط روی دستگاه پیش‌فرض خود آموزش می‌دهد</translation>
    </message>
    <message>
        <source>a batch of {size} cannot be split over {count} devices; choose a multiple of {count}</source>
        <translation>دسته‌ای با اندازه‌ی ‎{size}‎ را نمی‌توان میان {count} دستگاه تقسیم کرد؛ مضربی از {count} انتخاب کنید</translation>
    </message>
    <message>
        <source>{where} has no English text (key &quot;en&quot;)</source>
        <translation>‏‎{where}‎ متن انگلیسی ندارد (کلید &quot;en&quot;)</translation>
    </message>
    <message>
        <source>{where} must be a non-empty text, or a map from language codes to texts</source>
        <translation>‏‎{where}‎ باید متنی ناتهی یا نگاشتی از کد زبان‌ها به متن‌ها باشد</translation>
    </message>
    <message>
        <source>{where} must be an object with a &quot;kind&quot;</source>
        <translation>‏‎{where}‎ باید یک شیء با &quot;kind&quot; باشد</translation>
    </message>
    <message>
        <source>{where} has an unknown kind {kind!r}; known: {known}</source>
        <translation>‏‎{where}‎ نوع ناشناخته‌ی ‎{kind!r}‎ دارد؛ انواع شناخته‌شده: ‎{known}‎</translation>
    </message>
    <message>
        <source>{where} ({kind}) has unknown parameters: {names}</source>
        <translation>‏‎{where}‎ ‏(‎{kind}‎) پارامترهای ناشناخته دارد: ‎{names}‎</translation>
    </message>
    <message>
        <source>{where} ({kind}) needs: {names}</source>
        <translation>‏‎{where}‎ ‏(‎{kind}‎) به این‌ها نیاز دارد: ‎{names}‎</translation>
    </message>
    <message>
        <source>{where} ({kind}): {name} must be one of {choices}, not {value!r}</source>
        <translation>‏‎{where}‎ ‏(‎{kind}‎): ‎{name}‎ باید یکی از ‎{choices}‎ باشد، نه ‎{value!r}‎</translation>
    </message>
    <message>
        <source>{where} ({kind}): {name} must be a number</source>
        <translation>‏‎{where}‎ ‏(‎{kind}‎): ‎{name}‎ باید عدد باشد</translation>
    </message>
    <message>
        <source>{where}: a lesson is a JSON object</source>
        <translation>‏‎{where}‎: درس باید یک شیء JSON باشد</translation>
    </message>
    <message>
        <source>{where}: &quot;steps&quot; must list {low} to {high} steps</source>
        <translation>‏‎{where}‎: &quot;steps&quot; باید {low} تا {high} گام داشته باشد</translation>
    </message>
    <message>
        <source>{where}: step {number} must be an object</source>
        <translation>‏‎{where}‎: گام {number} باید یک شیء باشد</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s text</source>
        <translation>‏‎{where}‎: متن گام {number}</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s task</source>
        <translation>‏‎{where}‎: تکلیف گام {number}</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s hint</source>
        <translation>‏‎{where}‎: راهنمایی گام {number}</translation>
    </message>
    <message>
        <source>{where}: &quot;question&quot; must be an object with &quot;text&quot; and &quot;answer&quot;</source>
        <translation>‏‎{where}‎: &quot;question&quot; باید یک شیء با &quot;text&quot; و &quot;answer&quot; باشد</translation>
    </message>
    <message>
        <source>{where}: the title</source>
        <translation>‏‎{where}‎: عنوان</translation>
    </message>
    <message>
        <source>{where}: the question</source>
        <translation>‏‎{where}‎: پرسش</translation>
    </message>
    <message>
        <source>{where}: the answer</source>
        <translation>‏‎{where}‎: پاسخ</translation>
    </message>
    <message>
        <source>{file} is {size:,} bytes; a lesson file is at most {most:,}</source>
        <translation>‏‎{file}‎ ‏{size:,} بایت است؛ فایل درس حداکثر {most:,} بایت است</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>‏‎{file}‎ خوانده نمی‌شود (‎{reason}‎)</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 JSON ({reason})</source>
        <translation>‏‎{file}‎ یک JSON معتبر با کدگذاری UTF-8 نیست (‎{reason}‎)</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>خوانده نمی‌شود (‎{reason}‎)</translation>
    </message>
    <message>
        <source>Use up to 80 letters, digits, spaces and - _ . ( ) +, starting with a letter or digit.</source>
        <translation>حداکثر 80 نویسه از حروف، ارقام، فاصله و - _ . ( ) + به کار ببرید و نام را با یک حرف یا رقم شروع کنید.</translation>
    </message>
    <message>
        <source>A model named {name} exists already.</source>
        <translation>مدلی با نام ‎{name}‎ از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>گاوسی</translation>
    </message>
    <message>
        <source>Salt and pepper</source>
        <translation>نمک و فلفل</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>پوشاندن</translation>
    </message>
    <message>
        <source>No pretrained weights ship for this variant yet (make pretrain).</source>
        <translation>هنوز وزن‌های ازپیش‌آموزش‌دیده‌ای برای این گونه همراه برنامه نیست (make pretrain).</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: {size:,} bytes is far too big.</source>
        <translation>مانیفست ‎{path}‎ آسیب دیده است: {size:,} بایت بسیار بزرگ است.</translation>
    </message>
    <message>
        <source>The manifest {path} is missing.</source>
        <translation>مانیفست ‎{path}‎ وجود ندارد.</translation>
    </message>
    <message>
        <source>The manifest {path} could not be read ({reason}).</source>
        <translation>مانیفست ‎{path}‎ خوانده نشد (‎{reason}‎).</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: it is not valid JSON ({reason}).</source>
        <translation>مانیفست ‎{path}‎ آسیب دیده است: JSON معتبر نیست (‎{reason}‎).</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: it is not shaped {{&quot;variants&quot;: {{name: {{...}}}}}}.</source>
        <translation>مانیفست ‎{path}‎ آسیب دیده است: ساختار آن {{&quot;variants&quot;: {{name: {{...}}}}}} نیست.</translation>
    </message>
    <message>
        <source>{problem} No intact model file with a sidecar was found for it.</source>
        <translation>‏‎{problem}‎ هیچ فایل مدل سالمی همراه با فایل فراداده برای آن پیدا نشد.</translation>
    </message>
    <message>
        <source>The manifest&apos;s file for {name} ({file!r}) is outside {folder}; it is refused.</source>
        <translation>فایل مانیفست برای ‎{name}‎ ‏(‎{file!r}‎) بیرون از ‎{folder}‎ است؛ پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>‏‎{path}‎ وجود ندارد.</translation>
    </message>
    <message>
        <source>{path} does not match its SHA-256 in the manifest ({digest}…, expected {expected}…): it is damaged or was replaced. Reinstall the app, or remake it with make pretrain.</source>
        <translation>‏‎{path}‎ با SHA-256 ثبت‌شده در مانیفست یکی نیست (‎{digest}‎…، مورد انتظار ‎{expected}‎…): آسیب دیده یا جایگزین شده است. برنامه را دوباره نصب کنید، یا آن را با make pretrain از نو بسازید.</translation>
    </message>
    <message>
        <source>its metadata field &apos;{field}&apos; holds {value}, which is not what it should be</source>
        <translation>فیلد فراداده‌ی &apos;‎{field}‎&apos; آن مقدار ‎{value}‎ دارد که مقدار درستی نیست</translation>
    </message>
    <message>
        <source>its metadata holds a history or test figure that is not a number</source>
        <translation>فراداده‌ی آن یک رقم تاریخچه یا آزمون دارد که عدد نیست</translation>
    </message>
    <message>
        <source>it has no metadata file</source>
        <translation>فایل فراداده ندارد</translation>
    </message>
    <message>
        <source>its metadata file describes another version of it</source>
        <translation>فایل فراداده‌ی آن نسخه‌ی دیگری از آن را توصیف می‌کند</translation>
    </message>
    <message>
        <source>{file} cannot be read (permission denied).</source>
        <translation>‏‎{file}‎ خوانده نمی‌شود (اجازه‌ی دسترسی نیست).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>‏‎{path}‎ یک پوشه است، نه فایل مدل.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a Keras model archive.</source>
        <translation>‏‎{file}‎ آسیب دیده است: بایگانی مدل Keras نیست.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}).</source>
        <translation>‏‎{file}‎ آسیب دیده است (‎{reason}‎).</translation>
    </message>
    <message>
        <source>{file} is refused: it would inflate to {size:,.0f} MB, far more than any model of this app ({most:.0f} MB at most).</source>
        <translation>‏‎{file}‎ پذیرفته نشد: پس از بازشدن به {size:,.0f} مگابایت می‌رسد، بسیار بیشتر از هر مدل این برنامه (حداکثر {most:.0f} مگابایت).</translation>
    </message>
    <message>
        <source>{file} is damaged or not a model this app can read ({kind}: {reason}).</source>
        <translation>‏‎{file}‎ آسیب دیده یا مدلی نیست که این برنامه بتواند بخواند (‎{kind}‎: ‎{reason}‎).</translation>
    </message>
    <message>
        <source>{file} is not an autoencoder of this app: it has no {first} or {second} part.</source>
        <translation>‏‎{file}‎ خودرمزنگاری از این برنامه نیست: بخش ‎{first}‎ یا ‎{second}‎ ندارد.</translation>
    </message>
    <message>
        <source>{file} is not an autoencoder of this app: it has no {part} part.</source>
        <translation>‏‎{file}‎ خودرمزنگاری از این برنامه نیست: بخش ‎{part}‎ ندارد.</translation>
    </message>
    <message>
        <source>{file} has input shape {shape}; an autoencoder here takes 28×28 digits (784 values).</source>
        <translation>شکل ورودی ‎{file}‎ برابر ‎{shape}‎ است؛ خودرمزنگارهای اینجا رقم‌های 28×28 (784 مقدار) می‌گیرند.</translation>
    </message>
    <message>
        <source>{file} has output shape {shape}; an autoencoder here takes 28×28 digits (784 values).</source>
        <translation>شکل خروجی ‎{file}‎ برابر ‎{shape}‎ است؛ خودرمزنگارهای اینجا رقم‌های 28×28 (784 مقدار) می‌گیرند.</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} is damaged: {file} cannot be read ({kind}).</source>
        <translation>نقطه‌ی وارسی در ‎{folder}‎ آسیب دیده است: ‎{file}‎ خوانده نمی‌شود (‎{kind}‎).</translation>
    </message>
    <message>
        <source>The run diverged: the loss became {loss} in epoch {epoch}. Try a lower learning rate.</source>
        <translation>آموزش واگرا شد: زیان در دوره‌ی {epoch} به {loss} رسید. نرخ یادگیری کمتری را امتحان کنید.</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} was made with different settings or a different model than {name}.</source>
        <translation>نقطه‌ی وارسی در ‎{folder}‎ با تنظیمات دیگری یا برای مدلی غیر از ‎{name}‎ ساخته شده است.</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} cannot be resumed: {reason}</source>
        <translation>آموزش را نمی‌توان از نقطه‌ی وارسی در ‎{folder}‎ ادامه داد: ‎{reason}‎</translation>
    </message>
    <message>
        <source>The verdict&apos;s reference {file} is missing: run {command}.</source>
        <translation>مرجع تشخیص، ‎{file}‎، وجود ندارد: ‎{command}‎ را اجرا کنید.</translation>
    </message>
    <message>
        <source>{file} is larger than a verdict reference can be.</source>
        <translation>‏‎{file}‎ بزرگ‌تر از آن است که مرجع تشخیص باشد.</translation>
    </message>
    <message>
        <source>The verdict&apos;s reference {file} is damaged ({reason}).</source>
        <translation>مرجع تشخیص، ‎{file}‎، آسیب دیده است (‎{reason}‎).</translation>
    </message>
    <message>
        <source>{file} is not the model the verdict&apos;s reference was made for: run {command}.</source>
        <translation>‏‎{file}‎ همان مدلی نیست که مرجع تشخیص برای آن ساخته شده است: ‎{command}‎ را اجرا کنید.</translation>
    </message>
    <message>
        <source>This verdict&apos;s reference has no calibration digits.</source>
        <translation>مرجع این تشخیص هیچ رقم واسنجی ندارد.</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>یکی از ‎{choices}‎</translation>
    </message>
    <message>
        <source>{low} to {high} numbers</source>
        <translation>‏{low} تا {high} عدد</translation>
    </message>
    <message>
        <source>each from {low:g} to {high:g}</source>
        <translation>هر کدام از {low:g} تا {high:g}</translation>
    </message>
    <message>
        <source>from {low:g} to {high:g}</source>
        <translation>از {low:g} تا {high:g}</translation>
    </message>
    <message>
        <source>at least 1 epoch</source>
        <translation>دست‌کم 1 دوره</translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation>دست‌کم 1</translation>
    </message>
    <message>
        <source>a number in (0, 10]</source>
        <translation>عددی در بازه‌ی (0, 10]</translation>
    </message>
    <message>
        <source>from 0 to fewer than the epochs</source>
        <translation>از 0 تا کمتر از تعداد دوره‌ها</translation>
    </message>
    <message>
        <source>between 0 and 1</source>
        <translation>بین 0 و 1</translation>
    </message>
    <message>
        <source>one or more of {choices}</source>
        <translation>یکی یا چندتا از ‎{choices}‎</translation>
    </message>
    <message>
        <source>a whole number from 0 to {most}</source>
        <translation>عدد صحیحی از 0 تا {most}</translation>
    </message>
    <message>
        <source>at least 1 digit</source>
        <translation>دست‌کم 1 رقم</translation>
    </message>
    <message>
        <source>at least 1 epoch, or none</source>
        <translation>دست‌کم 1 دوره، یا هیچ</translation>
    </message>
    <message>
        <source>{name} has no architecture parameter {parameters}</source>
        <translation>‏‎{name}‎ پارامتر معماری ‎{parameters}‎ ندارد</translation>
    </message>
    <message>
        <source>Vanilla dense</source>
        <translation>تمام‌متصل ساده</translation>
    </message>
    <message>
        <source>One hidden layer of 32 values: 784 → 32 → 784.</source>
        <translation>یک لایه‌ی پنهان با 32 مقدار: 784-32-784.</translation>
    </message>
    <message>
        <source>Deep dense</source>
        <translation>تمام‌متصل عمیق</translation>
    </message>
    <message>
        <source>Three dense layers each way: 784 → 128 → 64 → 32 → 64 → 128 → 784.</source>
        <translation>سه لایه‌ی تمام‌متصل در هر سو: 784-128-64-32-64-128-784.</translation>
    </message>
    <message>
        <source>Sparse (top-k)</source>
        <translation>تنک (top-k)</translation>
    </message>
    <message>
        <source>The vanilla model with a top-k code: each digit keeps only its 16 largest of the 32 code values; the other 16 (or more) are exactly zero.</source>
        <translation>همان مدل ساده با کد top-k: هر رقم فقط 16 مقدار بزرگ‌تر از 32 مقدار کد را نگه می‌دارد؛ 16 مقدار دیگر (یا بیشتر) دقیقاً صفرند.</translation>
    </message>
    <message>
        <source>Convolutional</source>
        <translation>کانولوشنی</translation>
    </message>
    <message>
        <source>Three conv + pooling blocks down to a 4×4×8 code, mirrored back up.</source>
        <translation>سه بلوک کانولوشن + ادغام (pooling) تا کدی 4×4×8، و همان مسیر به‌صورت قرینه برای بازگشت.</translation>
    </message>
    <message>
        <source>Denoising conv</source>
        <translation>کانولوشنی نویززدا</translation>
    </message>
    <message>
        <source>Learns to map noisy digits back to clean ones: trained on Gaussian noise 0.5, then on a mix of Gaussian (3 in 5 digits), salt-and-pepper and masking noise at 0.5; 7×7×32 code.</source>
        <translation>یاد می‌گیرد رقم‌های نویزی را به رقم‌های تمیز برگرداند: ابتدا با نویز گاوسی 0.5 آموزش دیده، سپس با ترکیبی از نویز گاوسی (3 رقم از هر 5)، نمک و فلفل و پوشاندن در سطح 0.5؛ کد 7×7×32.</translation>
    </message>
    <message>
        <source>2-D latent</source>
        <translation>نهفته‌ی دوبعدی</translation>
    </message>
    <message>
        <source>Squeezes each digit into two numbers: 784 → 256 → 2 → 256 → 784. The code is standardised (batch normalisation), so every digit class gets room on the map.</source>
        <translation>هر رقم را در دو عدد می‌فشرد: 784-256-2-256-784. کد استاندارد می‌شود (نرمال‌سازی دسته‌ای)، تا هر کلاس رقم روی نقشه جا داشته باشد.</translation>
    </message>
    <message>
        <source>Variational (VAE)</source>
        <translation>وردشی (VAE)</translation>
    </message>
    <message>
        <source>A 2-D Gaussian code trained with BCE + KL; decoded from its mean.</source>
        <translation>کدی گاوسی و دوبعدی که با BCE + KL آموزش دیده است؛ رمزگشایی از میانگین آن انجام می‌شود.</translation>
    </message>
    <message>
        <source>Tutorial: vanilla, Adadelta</source>
        <translation>خودآموز: ساده، Adadelta</translation>
    </message>
    <message>
        <source>The blog&apos;s first model exactly: Adadelta (lr 1.0), BCE, 50 epochs, batch 256.</source>
        <translation>دقیقاً نخستین مدل آن وبلاگ: Adadelta ‏(lr 1.0)، BCE، ‏50 دوره، دسته‌ی 256.</translation>
    </message>
    <message>
        <source>Tutorial: sparse, L1 10e-5</source>
        <translation>خودآموز: تنک، L1 10e-5</translation>
    </message>
    <message>
        <source>The blog&apos;s sparse model: an L1 activity penalty of 10e-5 on the 32 relu code values, Adadelta (lr 1.0), BCE, 100 epochs, batch 256. Its code is smaller but rarely exactly zero.</source>
        <translation>مدل تنک آن وبلاگ: جریمه‌ی فعالیت L1 برابر 10e-5 روی 32 مقدار relu کد، Adadelta ‏(lr 1.0)، BCE، ‏100 دوره، دسته‌ی 256. کد آن کوچک‌تر است اما به‌ندرت دقیقاً صفر می‌شود.</translation>
    </message>
    <message>
        <source>Tutorial: vanilla 64, MSE</source>
        <translation>خودآموز: ساده 64، MSE</translation>
    </message>
    <message>
        <source>A 64-value code trained with Adam on mean squared error.</source>
        <translation>کدی با 64 مقدار که با Adam و بر پایه‌ی میانگین مربعات خطا آموزش دیده است.</translation>
    </message>
    <message>
        <source>Tutorial: multilayer, MSE</source>
        <translation>خودآموز: چندلایه، MSE</translation>
    </message>
    <message>
        <source>784 → 128 → 64 → 128 → 784 with Adam on mean squared error.</source>
        <translation>ساختار 784-128-64-128-784، آموزش‌دیده با Adam و میانگین مربعات خطا.</translation>
    </message>
    <message>
        <source>Tutorial: denoiser 32-32-16</source>
        <translation>خودآموز: نویززدای 32-32-16</translation>
    </message>
    <message>
        <source>Three conv blocks (32, 32, 16) trained on noise 0.5 with Adam and BCE.</source>
        <translation>سه بلوک کانولوشنی (32، 32، 16) که با نویز 0.5، با Adam و BCE آموزش دیده‌اند.</translation>
    </message>
    <message>
        <source>Tutorial: 2-D latent (relu)</source>
        <translation>خودآموز: نهفته‌ی دوبعدی (relu)</translation>
    </message>
    <message>
        <source>784 → 32 → 2 → 32 → 784 with relu on the code, as the tutorial had it.</source>
        <translation>ساختار 784-32-2-32-784 با relu روی کد، همان‌طور که در خودآموز بود.</translation>
    </message>
    <message>
        <source>{file} is {megabytes:,.0f} MB: too large for a drawing.</source>
        <translation>‏‎{file}‎ ‏{megabytes:,.0f} مگابایت است: برای یک نقاشی بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <source>{file} could not be read as an image.</source>
        <translation>‏‎{file}‎ به‌صورت تصویر خوانده نشد.</translation>
    </message>
    <message>
        <source>{file} declares {width:,} × {height:,} pixels; a drawing may have at most {megapixels} megapixels and {side:,} pixels a side.</source>
        <translation>‏‎{file}‎ ابعاد {width:,} × {height:,} پیکسل را اعلام می‌کند؛ یک نقاشی حداکثر {megapixels} مگاپیکسل و در هر ضلع {side:,} پیکسل می‌تواند داشته باشد.</translation>
    </message>
    <message>
        <source>{file} could not be read as an image ({reason}).</source>
        <translation>‏‎{file}‎ به‌صورت تصویر خوانده نشد (‎{reason}‎).</translation>
    </message>
    <message>
        <source>{file} could not be written (check the folder and its permissions).</source>
        <translation>‏‎{file}‎ نوشته نشد (پوشه و مجوزهای دسترسی آن را بررسی کنید).</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>What it shows</source>
        <translation>چه نشان می‌دهد</translation>
    </message>
    <message>
        <source>{0}: 784 values in, {1} in the code: {2:.1f}× compression.</source>
        <translation>‏‎{0}‎: ‏784 مقدار در ورودی، {1} مقدار در کد: {2:.1f}× فشرده‌سازی.</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>چگونه محاسبه می‌شود</translation>
    </message>
    <message>
        <source>Your drawing now: its BCE floor (the error of a perfect copy) is {0:.3f}.</source>
        <translation>نقاشی کنونی شما: کف BCE آن (خطای یک کپی بی‌نقص) برابر {0:.3f} است.</translation>
    </message>
    <message>
        <source>BCE of the model input against itself</source>
        <translation>‏BCE ورودی مدل نسبت به خودش</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>چه چیزی را امتحان کنید</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>No model with a flat code of at most 64 values is loaded (the shipped vanilla, deep and sparse are).</source>
        <translation>هیچ مدلی با کد تخت حداکثر 64 مقداری بارگذاری نشده است (مدل‌های ساده، عمیق و تنک همراه برنامه چنین کدی دارند).</translation>
    </message>
    <message>
        <source>No model with a 2-value code is loaded. The latent map needs the 2-D latent or the variational model (shipped as latent2 and vae, or trained in the Train tab).</source>
        <translation>هیچ مدلی با کد دومقداری بارگذاری نشده است. نقشه‌ی نهفته به مدل نهفته‌ی دوبعدی یا مدل وردشی نیاز دارد (که با نام‌های latent2 و vae همراه برنامه‌اند، یا در زبانه‌ی آموزش ساخته می‌شوند).</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>هنوز هیچ مدلی بارگذاری نشده است.</translation>
    </message>
    <message>
        <source>No model with a code of more than two values is loaded (the shipped vanilla, deep and sparse are).</source>
        <translation>هیچ مدلی با کدی بیش از دو مقدار بارگذاری نشده است (مدل‌های ساده، عمیق و تنک همراه برنامه چنین کدی دارند).</translation>
    </message>
    <message>
        <source>No suitable model is loaded.</source>
        <translation>هیچ مدل مناسبی بارگذاری نشده است.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>مدل:</translation>
    </message>
    <message>
        <source>What this page is doing with the selected model and the test digits.</source>
        <translation>کاری که این صفحه با مدل انتخاب‌شده و رقم‌های آزمون انجام می‌دهد.</translation>
    </message>
    <message>
        <source>The models are still loading…</source>
        <translation>مدل‌ها هنوز در حال بارگذاری‌اند…</translation>
    </message>
    <message>
        <source>Encoding the 10,000 MNIST test digits with this model…</source>
        <translation>در حال رمزنگاری 10,000 رقم آزمون MNIST با این مدل…</translation>
    </message>
    <message>
        <source>The MNIST test digits are not loaded: what needs them stays empty.</source>
        <translation>رقم‌های آزمون MNIST بارگذاری نشده‌اند: بخش‌هایی که به آن‌ها نیاز دارند خالی می‌مانند.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>The maps, nearest digits and test digits need it; everything else works without.</source>
        <translation>نقشه‌ها، نزدیک‌ترین رقم‌ها و رقم‌های آزمون به آن نیاز دارند؛ بقیه‌ی بخش‌ها بدون آن هم کار می‌کنند.</translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation>نقشه‌ی نهفته</translation>
    </message>
    <message>
        <source>Nearest digits</source>
        <translation>نزدیک‌ترین رقم‌ها</translation>
    </message>
    <message>
        <source>Code editor</source>
        <translation>ویرایش کد نهفته</translation>
    </message>
    <message>
        <source>Morph</source>
        <translation>دگردیسی</translation>
    </message>
    <message>
        <source>Export session…</source>
        <translation>صدور نشست…</translation>
    </message>
    <message>
        <source>Save the drawing, the model input and every model&apos;s code and reconstruction</source>
        <translation>ذخیره‌ی نقاشی، ورودی مدل، و کد و بازسازی همه‌ی مدل‌ها</translation>
    </message>
    <message>
        <source>Export morph strip…</source>
        <translation>صدور نوار دگردیسی…</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>بارگیری MNIST</translation>
    </message>
    <message>
        <source>Choose MNIST folder…</source>
        <translation>انتخاب پوشه‌ی MNIST…</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>چیزی برای صدور نیست</translation>
    </message>
    <message>
        <source>The models are still loading.</source>
        <translation>مدل‌ها هنوز در حال بارگذاری‌اند.</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>صدور نشست</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation>بایگانی NumPy (*.npz)</translation>
    </message>
    <message>
        <source>Fill both morph slots (A and B) first.</source>
        <translation>ابتدا هر دو جایگاه دگردیسی (A و B) را پر کنید.</translation>
    </message>
    <message>
        <source>Export morph strip</source>
        <translation>صدور نوار دگردیسی</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>صدور ناموفق بود</translation>
    </message>
    <message>
        <source>The files could not be written: {0}.
Choose a folder you can write to, with free space.</source>
        <translation>فایل‌ها نوشته نشدند: ‎{0}‎.
پوشه‌ای را انتخاب کنید که اجازه‌ی نوشتن در آن را دارید و فضای خالی دارد.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>These files exist already in {0}:
{1}

Replace them?</source>
        <translation>این فایل‌ها از قبل در ‎{0}‎ وجود دارند:
‎{1}‎

جایگزین شوند؟</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>فایل‌ها جایگزین شوند؟</translation>
    </message>
</context>
<context>
    <name>FunctionWorker</name>
    <message>
        <source>{0} ran out of memory. Try a smaller batch size, fewer training digits or a smaller model, and close other programs.</source>
        <translation>‏‎{0}‎ با کمبود حافظه روبه‌رو شد. اندازه‌ی دسته‌ی کوچک‌تر، رقم‌های آموزشی کمتر یا مدلی کوچک‌تر را امتحان کنید و برنامه‌های دیگر را ببندید.</translation>
    </message>
    <message>
        <source>{0} stopped: {1}</source>
        <translation>‏‎{0}‎ متوقف شد: ‎{1}‎</translation>
    </message>
    <message>
        <source>A file could not be written or read ({0}). Nothing was saved: check the free space and the folders&apos; permissions.</source>
        <translation>فایلی نوشته یا خوانده نشد (‎{0}‎). چیزی ذخیره نشد: فضای خالی و مجوزهای دسترسی پوشه‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>{0} stopped with an unexpected error ({1}: {2}). Nothing was saved; the details are in the log.</source>
        <translation>‏‎{0}‎ با خطایی غیرمنتظره متوقف شد (‎{1}‎: ‎{2}‎). چیزی ذخیره نشد؛ جزئیات در گزارش (log) آمده است.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>What an autoencoder is</source>
        <translation>خودرمزنگار چیست</translation>
    </message>
    <message>
        <source>An autoencoder is two networks back to back. The &lt;b&gt;encoder&lt;/b&gt; turns a digit image into a short list of numbers, the &lt;b&gt;code&lt;/b&gt;. The &lt;b&gt;decoder&lt;/b&gt; turns the code back into an image, the &lt;b&gt;reconstruction&lt;/b&gt;. The decoder never sees the input: everything it draws comes from the code.</source>
        <translation>خودرمزنگار دو شبکه است که پشت سر هم قرار گرفته‌اند. &lt;b&gt;رمزنگار&lt;/b&gt; تصویر یک رقم را به فهرست کوتاهی از اعداد، یعنی &lt;b&gt;کد&lt;/b&gt;، تبدیل می‌کند. &lt;b&gt;رمزگشا&lt;/b&gt; کد را دوباره به تصویر، یعنی &lt;b&gt;بازسازی&lt;/b&gt;، برمی‌گرداند. رمزگشا هرگز ورودی را نمی‌بیند: هر چه می‌کشد از کد می‌آید.</translation>
    </message>
    <message>
        <source>An MNIST digit is 28 × 28 = 784 grey values between 0 (black) and 1 (white). Training shows the network thousands of digits and changes its weights until the reconstructions are as close to the inputs as they can be. Nobody tells it what the code should mean: it finds a code that works.</source>
        <translation>هر رقم MNIST شامل 28 × 28 = 784 مقدار خاکستری بین 0 (سیاه) و 1 (سفید) است. در آموزش، هزاران رقم به شبکه نشان داده می‌شود و وزن‌هایش آن‌قدر تغییر می‌کند تا بازسازی‌ها تا جای ممکن به ورودی‌ها نزدیک شوند. هیچ‌کس به شبکه نمی‌گوید کد چه معنایی باید داشته باشد: خودش کدی پیدا می‌کند که کار کند.</translation>
    </message>
    <message>
        <source>Draw a digit and watch each model&apos;s reconstruction. Then draw something that is not a digit: the decoders can only draw what they learned.</source>
        <translation>یک رقم بکشید و بازسازی هر مدل را تماشا کنید. سپس چیزی بکشید که رقم نیست: رمزگشاها فقط چیزی را می‌توانند بکشند که یاد گرفته‌اند.</translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation>بازسازی‌ها</translation>
    </message>
    <message>
        <source>Each tile is one model&apos;s attempt to rebuild your drawing from its code, with its error (BCE and MSE) against the model input. Click a tile to see that model&apos;s code and card.</source>
        <translation>هر کاشی تلاش یک مدل است برای بازسازی نقاشی شما از روی کدش، همراه با خطای آن (BCE و MSE) نسبت به ورودی مدل. روی یک کاشی کلیک کنید تا کد و کارت آن مدل را ببینید.</translation>
    </message>
    <message>
        <source>Your drawing is made to look like an MNIST digit (the model input, bottom left), then every model encodes and decodes it in one call, while you draw.</source>
        <translation>نقاشی شما طوری تغییر داده می‌شود که شبیه یک رقم MNIST شود (ورودی مدل، پایین سمت راست)، سپس هم‌زمان با کشیدن شما، همه‌ی مدل‌ها در یک فراخوانی آن را رمزنگاری و رمزگشایی می‌کنند.</translation>
    </message>
    <message>
        <source>Draw slowly and watch the tiles change mid-stroke. Which model keeps the most detail? Which one has the lowest error?</source>
        <translation>آهسته بکشید و ببینید کاشی‌ها در میانه‌ی کشیدن یک خط چطور تغییر می‌کنند. کدام مدل بیشترین جزئیات را نگه می‌دارد؟ کدام کمترین خطا را دارد؟</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>The numbers the encoder makes of your drawing: everything the decoder knows. Dense models show one bar per value; a 2-D code is a point on a plane; a convolutional code is a stack of small feature maps.</source>
        <translation>اعدادی که رمزنگار از نقاشی شما می‌سازد: همه‌ی آنچه رمزگشا می‌داند. مدل‌های تمام‌متصل برای هر مقدار یک ستون نشان می‌دهند؛ کد دوبعدی نقطه‌ای روی صفحه است؛ کد کانولوشنی پشته‌ای از نقشه‌های ویژگی کوچک است.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;compression factor&lt;/b&gt; is 784 divided by the number of code values: the vanilla model keeps 32 values, 784 / 32 = 24.5×. The denoiser&apos;s code has 7 × 7 × 32 = 1568 values, more than the image (0.5×): it is not there to compress but to clean, and a generous code lets it keep every stroke.</source>
        <translation>&lt;b&gt;ضریب فشرده‌سازی&lt;/b&gt; برابر است با 784 تقسیم بر تعداد مقدارهای کد: مدل ساده 32 مقدار نگه می‌دارد، یعنی 784 / 32 = 24.5×. کد مدل نویززدا 7 × 7 × 32 = 1568 مقدار دارد، بیشتر از خود تصویر (0.5×): کارش فشرده‌سازی نیست بلکه تمیز کردن است، و کدی جادار به آن امکان می‌دهد همه‌ی خطوط را نگه دارد.</translation>
    </message>
    <message>
        <source>Draw a 1 and then an 8 and compare their codes. Select the sparse model: how many of its values are exactly zero?</source>
        <translation>یک 1 و سپس یک 8 بکشید و کدهایشان را مقایسه کنید. مدل تنک را انتخاب کنید: چند مقدار آن دقیقاً صفر است؟</translation>
    </message>
    <message>
        <source>BCE and MSE: how far a reconstruction is</source>
        <translation>‏BCE و MSE: بازسازی چقدر با ورودی فاصله دارد</translation>
    </message>
    <message>
        <source>&lt;b&gt;MSE&lt;/b&gt; (mean squared error) is the average of (input − output)² over the 784 pixels: 0 means identical. &lt;b&gt;BCE&lt;/b&gt; (binary cross-entropy) treats every pixel as a probability of ink and measures how surprised the model is by the real pixel; the models were trained to make it small.</source>
        <translation>‏&lt;b&gt;MSE&lt;/b&gt; (میانگین مربعات خطا) میانگین (ورودی - خروجی)² روی 784 پیکسل است: 0 یعنی یکسان. &lt;b&gt;BCE&lt;/b&gt; (آنتروپی متقاطع دودویی) هر پیکسل را احتمال وجود جوهر در نظر می‌گیرد و می‌سنجد که پیکسل واقعی مدل را چقدر غافلگیر می‌کند؛ مدل‌ها طوری آموزش دیده‌اند که آن را کوچک کنند.</translation>
    </message>
    <message>
        <source>BCE = −mean(x·log y + (1−x)·log(1−y)) for input x and output y. For a grey pixel (x = 0.5) even a perfect output y = 0.5 costs log 2 ≈ 0.69, so BCE has a &lt;b&gt;floor&lt;/b&gt; above 0 for every input with grey edges: about 0.06 for an MNIST test digit, more for a drawing with soft edges. That is why a good model shows 0.07–0.10, not 0. The floor of the current drawing is shown below.</source>
        <translation>برای ورودی x و خروجی y داریم BCE = -mean(x·log y + (1-x)·log(1-y))‎. برای یک پیکسل خاکستری (x = 0.5) حتی خروجی بی‌نقص y = 0.5 هم log 2، یعنی حدود 0.69، هزینه دارد، پس BCE برای هر ورودی با لبه‌های خاکستری یک &lt;b&gt;کف&lt;/b&gt; بالاتر از 0 دارد: حدود 0.06 برای یک رقم آزمون MNIST، و بیشتر برای نقاشی‌ای با لبه‌های نرم. به همین دلیل یک مدل خوب 0.07 تا 0.10 نشان می‌دهد، نه 0. کف نقاشی کنونی در پایین نشان داده شده است.</translation>
    </message>
    <message>
        <source>Compare the BCE of two models on the same drawing: the difference is what counts. Hover over any number to see what it is.</source>
        <translation>‏BCE دو مدل را روی یک نقاشی مقایسه کنید: آنچه اهمیت دارد اختلاف آن‌هاست. نشانگر را روی هر عددی نگه دارید تا ببینید چیست.</translation>
    </message>
    <message>
        <source>The model input</source>
        <translation>ورودی مدل</translation>
    </message>
    <message>
        <source>What the models really see: your drawing made to look like an MNIST digit.</source>
        <translation>آنچه مدل‌ها واقعاً می‌بینند: نقاشی شما، طوری تغییر‌یافته که شبیه یک رقم MNIST شود.</translation>
    </message>
    <message>
        <source>Like MNIST&apos;s own digits, the drawing is cropped to its ink, scaled so that its longer side is 20 pixels, centred by its centre of mass in a 28 × 28 image, and its stroke width evened out. Turn off &quot;MNIST preprocessing&quot; to feed the canvas shrunk as it is.</source>
        <translation>نقاشی، مانند خود رقم‌های MNIST، تا لبه‌ی جوهرش بریده می‌شود، طوری مقیاس می‌خورد که ضلع بلندترش 20 پیکسل شود، بر پایه‌ی مرکز جرمش در تصویری 28 × 28 در مرکز قرار می‌گیرد و ضخامت خطش یکنواخت می‌شود. «پیش‌پردازش MNIST» را خاموش کنید تا بوم همان‌طور که هست، فقط کوچک‌شده، به مدل داده شود.</translation>
    </message>
    <message>
        <source>Draw a tiny digit in a corner: with preprocessing the models still see a centred digit. Turn preprocessing off and see how much worse they do.</source>
        <translation>یک رقم خیلی کوچک در گوشه‌ای بکشید: با پیش‌پردازش، مدل‌ها باز هم رقمی در مرکز می‌بینند. پیش‌پردازش را خاموش کنید و ببینید چقدر بدتر عمل می‌کنند.</translation>
    </message>
    <message>
        <source>Brush size and hardness</source>
        <translation>اندازه و سختی قلم‌مو</translation>
    </message>
    <message>
        <source>Brush size is the pen&apos;s diameter in model pixels; hardness is how sharp its edge is (100% a hard edge, 0% a soft, fading one).</source>
        <translation>اندازه‌ی قلم‌مو قطر قلم بر حسب پیکسل مدل است؛ سختی یعنی لبه‌ی آن چقدر تیز است (100% لبه‌ای سخت، 0% لبه‌ای نرم و محوشونده).</translation>
    </message>
    <message>
        <source>MNIST digits were scanned pen strokes with soft, grey edges. A medium size and hardness give strokes like theirs; preprocessing evens out the width afterwards.</source>
        <translation>رقم‌های MNIST خطوط قلمِ اسکن‌شده با لبه‌های نرم و خاکستری بودند. اندازه و سختی متوسط خطوطی شبیه آن‌ها می‌دهد؛ پیش‌پردازش پس از آن ضخامت را یکنواخت می‌کند.</translation>
    </message>
    <message>
        <source>Draw the same digit with a hard and a soft brush and compare the errors.</source>
        <translation>یک رقم را یک بار با قلم‌موی سخت و یک بار با قلم‌موی نرم بکشید و خطاها را مقایسه کنید.</translation>
    </message>
    <message>
        <source>The noise demo</source>
        <translation>نمایش نویز</translation>
    </message>
    <message>
        <source>Your drawing with noise added (left), what the denoising model makes of it (middle) and what a plain model makes of it (right). Each error is measured against your clean drawing, not the noisy one.</source>
        <translation>نقاشی شما با نویز افزوده (راست)، آنچه مدل نویززدا از آن می‌سازد (وسط) و آنچه یک مدل معمولی از آن می‌سازد (چپ). هر خطا نسبت به نقاشی تمیز شما سنجیده می‌شود، نه نسخه‌ی نویزی.</translation>
    </message>
    <message>
        <source>Gaussian noise adds a random amount to every pixel; salt and pepper sets random pixels to black or white; masking switches random pixels off. The level is how strong the noise is. The denoiser was trained to output clean digits from noisy ones, so it learned to ignore noise; the plain model was trained to copy, so it copies the noise too. At high levels the noise hides most of the digit, and the denoiser&apos;s output fades towards an empty, dark image: its safest guess when nothing looks like a digit any more.</source>
        <translation>نویز گاوسی به هر پیکسل مقداری تصادفی می‌افزاید؛ نمک و فلفل پیکسل‌هایی تصادفی را سیاه یا سفید می‌کند؛ پوشاندن پیکسل‌هایی تصادفی را خاموش می‌کند. سطح، شدت نویز است. مدل نویززدا آموزش دیده تا از رقم‌های نویزی، رقم‌های تمیز بسازد، پس یاد گرفته نویز را نادیده بگیرد؛ مدل معمولی برای کپی کردن آموزش دیده، پس نویز را هم کپی می‌کند. در سطح‌های بالا نویز بیشتر رقم را می‌پوشاند و خروجی مدل نویززدا به سمت تصویری خالی و تیره محو می‌شود: امن‌ترین حدسش وقتی دیگر چیزی شبیه رقم نیست.</translation>
    </message>
    <message>
        <source>Move the slider slowly from 0 to 1 and watch where each model gives up. Press &quot;New noise&quot; for another random pattern.</source>
        <translation>لغزنده را آهسته از 0 تا 1 ببرید و ببینید هر مدل کجا کم می‌آورد. برای یک الگوی تصادفی دیگر، «نویز تازه» را بزنید.</translation>
    </message>
    <message>
        <source>The model card</source>
        <translation>کارت مدل</translation>
    </message>
    <message>
        <source>What the selected model is: its layers with their output shapes, the tutorial it follows, how it was trained and its error on the 10,000 MNIST test digits.</source>
        <translation>مدل انتخاب‌شده چیست: لایه‌هایش با شکل خروجی‌شان، خودآموزی که از آن پیروی می‌کند، چگونگی آموزشش و خطایش روی 10,000 رقم آزمون MNIST.</translation>
    </message>
    <message>
        <source>The test error is measured on digits the model never saw in training, so it tells how well the model generalises.</source>
        <translation>خطای آزمون روی رقم‌هایی سنجیده می‌شود که مدل در آموزش هرگز ندیده است، پس نشان می‌دهد مدل چقدر خوب تعمیم می‌دهد.</translation>
    </message>
    <message>
        <source>Compare the layer lists of the vanilla and the deep model: same code size, more layers.</source>
        <translation>فهرست لایه‌های مدل ساده و مدل عمیق را مقایسه کنید: اندازه‌ی کد یکسان، لایه‌های بیشتر.</translation>
    </message>
    <message>
        <source>The latent map</source>
        <translation>نقشه‌ی نهفته</translation>
    </message>
    <message>
        <source>Every dot is one MNIST test digit placed at its 2-value code and coloured by what digit it really is. The &lt;b&gt;star&lt;/b&gt; is your drawing&apos;s code; the &lt;b&gt;cross&lt;/b&gt; is the point you clicked, decoded on the right; the &lt;b&gt;dashed box&lt;/b&gt; is the range the manifold below covers.</source>
        <translation>هر نقطه یک رقم آزمون MNIST است که در جای کد دومقداری‌اش قرار گرفته و به رنگ رقم واقعی‌اش درآمده است. &lt;b&gt;ستاره&lt;/b&gt; کد نقاشی شماست؛ &lt;b&gt;ضربدر&lt;/b&gt; نقطه‌ای است که روی آن کلیک کرده‌اید و رمزگشایی‌اش در سمت چپ دیده می‌شود؛ &lt;b&gt;کادر خط‌چین&lt;/b&gt; محدوده‌ای است که منیفلد پوشش می‌دهد.</translation>
    </message>
    <message>
        <source>The encoder of a model with a 2-value code turns each digit into a point; decoding a point shows what the model imagines there. The manifold decodes an n × n grid of points over the box.</source>
        <translation>رمزنگارِ مدلی با کد دومقداری هر رقم را به یک نقطه تبدیل می‌کند؛ رمزگشایی یک نقطه نشان می‌دهد مدل آنجا چه تصور می‌کند. منیفلد شبکه‌ای n × n از نقطه‌ها را روی این کادر رمزگشایی می‌کند.</translation>
    </message>
    <message>
        <source>Click between two clusters: what does the decoder draw there? Compare the 2-D latent model with the VAE.</source>
        <translation>بین دو خوشه کلیک کنید: رمزگشا آنجا چه می‌کشد؟ مدل نهفته‌ی دوبعدی را با VAE مقایسه کنید.</translation>
    </message>
    <message>
        <source>Editing the code</source>
        <translation>ویرایش کد نهفته</translation>
    </message>
    <message>
        <source>One slider per code value, starting at your drawing&apos;s code. Moving a slider changes that value and decodes the result at once.</source>
        <translation>برای هر مقدار کد یک لغزنده، که از کد نقاشی شما شروع می‌شود. حرکت دادن یک لغزنده آن مقدار را تغییر می‌دهد و نتیجه را بی‌درنگ رمزگشایی می‌کند.</translation>
    </message>
    <message>
        <source>σ (sigma) beside a value is its standard deviation over the test digits: how much that value usually varies. The sliders are ordered by σ, most varied first, and span a few σ around the typical values.</source>
        <translation>σ (سیگما) کنار هر مقدار، انحراف معیار آن روی رقم‌های آزمون است: اینکه آن مقدار معمولاً چقدر تغییر می‌کند. لغزنده‌ها بر اساس σ مرتب شده‌اند، پرتغییرترین اول، و چند σ اطراف مقدارهای معمول را پوشش می‌دهند.</translation>
    </message>
    <message>
        <source>Move the first slider: which stroke does it control? Values with a small σ change little.</source>
        <translation>لغزنده‌ی اول را حرکت دهید: کدام خط را کنترل می‌کند؟ مقدارهای با σ کوچک تغییر کمی می‌کنند.</translation>
    </message>
    <message>
        <source>Nearest digits and the verdict</source>
        <translation>نزدیک‌ترین رقم‌ها و تشخیص</translation>
    </message>
    <message>
        <source>The test digits whose codes are closest to your drawing&apos;s code, with their distance, and a verdict: the digit most of them are.</source>
        <translation>رقم‌های آزمونی که کدشان به کد نقاشی شما نزدیک‌تر است، همراه با فاصله‌شان، و یک تشخیص: رقمی که بیشترِ آن‌ها هستند.</translation>
    </message>
    <message>
        <source>Distance is measured between codes (the straight-line distance, on codes scaled by their spread). Real digits usually sit close to neighbours of their own class; a drawing far from every test digit does not look like any digit.</source>
        <translation>فاصله بین کدها سنجیده می‌شود (فاصله‌ی خط مستقیم، روی کدهایی که بر اساس پراکندگی‌شان مقیاس شده‌اند). رقم‌های واقعی معمولاً نزدیک همسایه‌هایی از کلاس خودشان قرار می‌گیرند؛ نقاشی‌ای که از همه‌ی رقم‌های آزمون دور است به هیچ رقمی شبیه نیست.</translation>
    </message>
    <message>
        <source>Draw a 4 that could be a 9 and see how the votes split. Draw a letter and watch the distances grow.</source>
        <translation>یک 4 بکشید که می‌تواند 9 هم باشد و ببینید رأی‌ها چطور تقسیم می‌شوند. یک حرف بکشید و بزرگ شدن فاصله‌ها را ببینید.</translation>
    </message>
    <message>
        <source>Training a model</source>
        <translation>آموزش یک مدل</translation>
    </message>
    <message>
        <source>A real Keras fit in the background: the loss per batch and per epoch, the validation loss on digits held out from training, and after each epoch the reconstructions of ten test digits and of your drawing.</source>
        <translation>یک fit واقعی Keras در پس‌زمینه: زیان هر دسته و هر دوره، زیان اعتبارسنجی روی رقم‌هایی که از آموزش کنار گذاشته شده‌اند، و پس از هر دوره بازسازی ده رقم آزمون و نقاشی شما.</translation>
    </message>
    <message>
        <source>Each epoch passes over all training digits once, in batches; after every batch the optimizer nudges the weights to lower the loss. If the validation loss stops falling while the training loss still does, the model has started to memorise.</source>
        <translation>هر دوره یک بار از همه‌ی رقم‌های آموزشی، دسته به دسته، می‌گذرد؛ پس از هر دسته بهینه‌ساز وزن‌ها را کمی جابه‌جا می‌کند تا زیان کم شود. اگر زیان اعتبارسنجی دیگر کم نشود در حالی که زیان آموزش هنوز کم می‌شود، مدل شروع به حفظ کردن کرده است.</translation>
    </message>
    <message>
        <source>Train a vanilla model with a code of 8 for 2 epochs and compare its error with the shipped one.</source>
        <translation>یک مدل ساده با کد 8 مقداری را 2 دوره آموزش دهید و خطایش را با مدل همراه برنامه مقایسه کنید.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Explain: {0}</source>
        <translation>توضیح: ‎{0}‎</translation>
    </message>
    <message>
        <source>Explain this panel</source>
        <translation>توضیح این بخش</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Autoencoder Studio could not save the choice ({0}). Start it with --language {1} to use that language.</source>
        <translation>Autoencoder Studio نتوانست این انتخاب را ذخیره کند ({0}). برای استفاده از این زبان، برنامه را با ‎--language {1} اجرا کنید.</translation>
    </message>
    <message>
        <source>Autoencoder Studio could not start again by itself. Start it as usual: it will speak {0}.</source>
        <translation>Autoencoder Studio نتوانست خودش دوباره اجرا شود. برنامه را مثل همیشه اجرا کنید؛ به زبان {0} خواهد بود.</translation>
    </message>
    <message>
        <source>Autoencoder Studio will speak {0} from its next start.</source>
        <translation>از اجرای بعدی، Autoencoder Studio به زبان ‎{0}‎ نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;اجرای دوباره، همین حالا</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;بعداً</translation>
    </message>
</context>
<context>
    <name>LatentMapPage</name>
    <message>
        <source>Click or drag on the map to decode any point.</source>
        <translation>برای رمزگشایی هر نقطه، روی نقشه کلیک کنید یا بکشید.</translation>
    </message>
    <message>
        <source>How many decoded digits the grid has along each side.</source>
        <translation>تعداد رقم‌های رمزگشایی‌شده‌ی شبکه در هر ضلع.</translation>
    </message>
    <message>
        <source>The smallest z₁ the grid decodes.</source>
        <translation>کوچک‌ترین z₁ که شبکه رمزگشایی می‌کند.</translation>
    </message>
    <message>
        <source>The largest z₁ the grid decodes.</source>
        <translation>بزرگ‌ترین z₁ که شبکه رمزگشایی می‌کند.</translation>
    </message>
    <message>
        <source>The smallest z₂ the grid decodes.</source>
        <translation>کوچک‌ترین z₂ که شبکه رمزگشایی می‌کند.</translation>
    </message>
    <message>
        <source>The largest z₂ the grid decodes.</source>
        <translation>بزرگ‌ترین z₂ که شبکه رمزگشایی می‌کند.</translation>
    </message>
    <message>
        <source>Fit to the test digits</source>
        <translation>تطبیق با رقم‌های آزمون</translation>
    </message>
    <message>
        <source>Manifold: an n × n grid of decodes over the range</source>
        <translation>منیفلد: شبکه‌ای n × n از رمزگشایی‌ها روی این محدوده</translation>
    </message>
    <message>
        <source>Decoded point</source>
        <translation>نقطه‌ی رمزگشایی‌شده</translation>
    </message>
    <message>
        <source>Manifold range</source>
        <translation>محدوده‌ی منیفلد</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>‏x از</translation>
    </message>
    <message>
        <source>x to</source>
        <translation>‏x تا</translation>
    </message>
    <message>
        <source>y from</source>
        <translation>‏y از</translation>
    </message>
    <message>
        <source>y to</source>
        <translation>‏y تا</translation>
    </message>
    <message>
        <source>{0}: code value 1</source>
        <translation>{0}: مقدار کد 1</translation>
    </message>
    <message>
        <source>code value 2</source>
        <translation>مقدار کد 2</translation>
    </message>
    <message>
        <source>({0:.2f}, {1:.2f})</source>
        <translation>‎({0:.2f}, {1:.2f})‎</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <source>Press Next when you are ready.</source>
        <translation>هر وقت آماده بودید، «بعدی» را بزنید.</translation>
    </message>
    <message>
        <source>Waiting for a drawing the app reads as a {0}.</source>
        <translation>در انتظار نقاشی‌ای که برنامه آن را رقم {0} تشخیص دهد.</translation>
    </message>
    <message>
        <source>Waiting for a drawing the app reads as a digit.</source>
        <translation>در انتظار نقاشی‌ای که برنامه آن را یک رقم تشخیص دهد.</translation>
    </message>
    <message>
        <source>Waiting for a drawing that is not a digit.</source>
        <translation>در انتظار نقاشی‌ای که رقم نباشد.</translation>
    </message>
    <message>
        <source>Waiting for you to open that tab.</source>
        <translation>در انتظار باز کردن آن زبانه.</translation>
    </message>
    <message>
        <source>Waiting for you to select that model.</source>
        <translation>در انتظار انتخاب آن مدل.</translation>
    </message>
    <message>
        <source>Waiting for that noise in the noise demo.</source>
        <translation>در انتظار همان نویز در نمایش نویز.</translation>
    </message>
    <message>
        <source>Waiting for a click on the map in the right place.</source>
        <translation>در انتظار کلیکی روی نقشه در جای درست.</translation>
    </message>
    <message>
        <source>Waiting for a finished training run with those settings.</source>
        <translation>در انتظار پایان یک آموزش با آن تنظیمات.</translation>
    </message>
    <message>
        <source>The lesson you are following and which of its steps you are on.</source>
        <translation>درسی که دنبال می‌کنید و گامی از آن که در آن هستید.</translation>
    </message>
    <message>
        <source>What this step explains and asks you to do; the app sees when it is done.</source>
        <translation>آنچه این گام توضیح می‌دهد و از شما می‌خواهد؛ برنامه خودش می‌فهمد چه وقت انجام شده است.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>راهنمایی</translation>
    </message>
    <message>
        <source>Show a hint for this step</source>
        <translation>نمایش راهنمایی برای این گام</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Stop lesson</source>
        <translation>توقف درس</translation>
    </message>
    <message>
        <source>Hide the lesson bar; the Lessons tab remembers where you are</source>
        <translation>نوار درس را پنهان می‌کند؛ زبانه‌ی درس‌ها جای شما را به خاطر می‌سپارد</translation>
    </message>
    <message>
        <source>{0}: finished</source>
        <translation>‏‎{0}‎: تمام شد</translation>
    </message>
    <message>
        <source>Well done! The lesson&apos;s question is waiting in the Lessons tab.</source>
        <translation>آفرین! پرسش درس در زبانه‌ی درس‌ها منتظر شماست.</translation>
    </message>
    <message>
        <source>{0} · step {1} of {2}</source>
        <translation>‏‎{0}‎ · گام {1} از {2}</translation>
    </message>
    <message>
        <source>✓ Step {0} done.</source>
        <translation>گام {0} انجام شد.</translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <source>Each lesson follows a tutorial; ✓ marks the ones you finished</source>
        <translation>هر درس از یک خودآموز پیروی می‌کند؛ علامت تیک درس‌هایی را نشان می‌دهد که تمام کرده‌اید</translation>
    </message>
    <message>
        <source>The lesson&apos;s number in the list and its title.</source>
        <translation>شماره‌ی درس در فهرست و عنوان آن.</translation>
    </message>
    <message>
        <source>The lesson&apos;s steps in order; ▶ marks the one to do now.</source>
        <translation>گام‌های درس به ترتیب؛ علامت مثلث گامی را نشان می‌دهد که اکنون باید انجام دهید.</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>شروع درس</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>شروع دوباره</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>نمایش پاسخ</translation>
    </message>
    <message>
        <source>Open my lessons folder</source>
        <translation>باز کردن پوشه‌ی درس‌های من</translation>
    </message>
    <message>
        <source>Put lesson files of your own here (see docs/LESSONS.md), then reload; a lesson with the same file name replaces the shipped one</source>
        <translation>فایل‌های درس خودتان را اینجا بگذارید (docs/LESSONS.md را ببینید) و سپس درس‌ها را دوباره بارگذاری کنید؛ درسی با همان نام فایل جایگزین درس همراه برنامه می‌شود</translation>
    </message>
    <message>
        <source>Reload lessons</source>
        <translation>بارگذاری دوباره‌ی درس‌ها</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation>&lt;b&gt;درس‌ها&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Skipped (damaged): {0}. Details are in the log.</source>
        <translation>نادیده گرفته شد (آسیب‌دیده): ‎{0}‎. جزئیات در گزارش آمده است.</translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation>هیچ درسی پیدا نشد</translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation>پرسش: ‎{0}‎</translation>
    </message>
    <message>
        <source>Continue lesson</source>
        <translation>ادامه‌ی درس</translation>
    </message>
    <message>
        <source>Could not open a file manager. The folder is: {0}</source>
        <translation>باز کردن مدیر فایل ممکن نشد. پوشه این است: ‎{0}‎</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>epoch</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>زیان (loss)</translation>
    </message>
    <message>
        <source>val_loss</source>
        <translation>زیان اعتبارسنجی (val_loss)</translation>
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
        <translation>نقاشی</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;نقاشی</translation>
    </message>
    <message>
        <source>Draw tab</source>
        <translation>زبانه‌ی نقاشی</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;آموزش</translation>
    </message>
    <message>
        <source>Train tab</source>
        <translation>زبانه‌ی آموزش</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>کاوش</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;کاوش</translation>
    </message>
    <message>
        <source>Explore tab</source>
        <translation>زبانه‌ی کاوش</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>درس‌ها</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;درس‌ها</translation>
    </message>
    <message>
        <source>Lessons tab</source>
        <translation>زبانه‌ی درس‌ها</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ن&amp;ما</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>&amp;گشت آشنایی با برنامه</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>&amp;About Autoencoder Studio</source>
        <translation>&amp;درباره‌ی Autoencoder Studio</translation>
    </message>
    <message>
        <source>Draw a digit here with the mouse: left button draws, right button erases, Ctrl+Z undoes a stroke.</source>
        <translation>با موس یک رقم اینجا بکشید: دکمه‌ی چپ می‌کشد، دکمه‌ی راست پاک می‌کند و Ctrl+Z یک خط را واگرد می‌کند.</translation>
    </message>
    <message>
        <source>Every model rebuilds your drawing while you draw. The numbers are their errors; click a model to look inside it.</source>
        <translation>هر مدل هم‌زمان با کشیدن شما نقاشی‌تان را بازسازی می‌کند. اعداد، خطای آن‌هاست؛ برای دیدن درون یک مدل روی آن کلیک کنید.</translation>
    </message>
    <message>
        <source>The code: the few numbers the selected model keeps of your drawing. Its decoder draws the reconstruction from these alone.</source>
        <translation>کد: چند عددی که مدل انتخاب‌شده از نقاشی شما نگه می‌دارد. رمزگشای آن بازسازی را فقط از روی همین اعداد می‌کشد.</translation>
    </message>
    <message>
        <source>Add noise to your drawing and see the denoising model clean it up while a plain model copies the noise.</source>
        <translation>به نقاشی خود نویز اضافه کنید و ببینید مدل نویززدا آن را تمیز می‌کند، در حالی که یک مدل معمولی نویز را کپی می‌کند.</translation>
    </message>
    <message>
        <source>New to autoencoders? The Lessons tab walks you through the tutorials step by step. Every &quot;?&quot; explains its panel.</source>
        <translation>با خودرمزنگارها تازه آشنا شده‌اید؟ زبانه‌ی درس‌ها شما را گام به گام در خودآموزها همراهی می‌کند. هر دکمه‌ی «?» بخش خودش را توضیح می‌دهد.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>در حال شروع…</translation>
    </message>
    <message>
        <source>What the app is doing: how many models are loaded and how long that took.</source>
        <translation>کاری که برنامه انجام می‌دهد: چند مدل بارگذاری شده و چقدر طول کشیده است.</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>در حال بارگذاری مدل‌ها…</translation>
    </message>
    <message>
        <source>Loading TensorFlow and the pretrained models…</source>
        <translation>در حال بارگذاری TensorFlow و مدل‌های ازپیش‌آموزش‌دیده…</translation>
    </message>
    <message numerus="yes">
        <source>%n models ready (loaded in {0:.1f} s).</source>
        <translation>
            <numerusform>%n مدل آماده است (بارگذاری در {0:.1f} ثانیه).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unavailable: {0}.</source>
        <translation>
            <numerusform>%n مدل در دسترس نیست: ‎{0}‎.</numerusform>
        </translation>
    </message>
    <message>
        <source>The models could not be loaded.</source>
        <translation>مدل‌ها بارگذاری نشدند.</translation>
    </message>
    <message>
        <source>Models not loaded</source>
        <translation>مدل‌ها بارگذاری نشدند</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>&lt;b&gt;Autoencoder Studio {0}&lt;/b&gt;&lt;p&gt;Draw a digit and watch a zoo of MNIST autoencoders reconstruct it, live. Train your own in the Train tab, look inside their code space in the Explore tab.&lt;/p&gt;</source>
        <translation>‏&lt;b&gt;Autoencoder Studio ‎{0}‎&lt;/b&gt;&lt;p&gt;یک رقم بکشید و ببینید مجموعه‌ای از خودرمزنگارهای MNIST آن را به‌طور زنده بازسازی می‌کنند. در زبانه‌ی آموزش مدل خودتان را آموزش دهید و در زبانه‌ی کاوش درون فضای کد آن‌ها را ببینید.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where the files are&lt;/b&gt;&lt;br&gt;Program: {0}&lt;br&gt;Shipped models: {1}&lt;br&gt;Bundled MNIST: {2}&lt;br&gt;Your trained models: {3}&lt;br&gt;Downloaded datasets: {4}&lt;br&gt;Settings: {5}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;جای فایل‌ها&lt;/b&gt;&lt;br&gt;برنامه: ‎{0}‎&lt;br&gt;مدل‌های همراه برنامه: ‎{1}‎&lt;br&gt;MNIST همراه برنامه: ‎{2}‎&lt;br&gt;مدل‌های آموزش‌دیده‌ی شما: ‎{3}‎&lt;br&gt;مجموعه‌داده‌های بارگیری‌شده: ‎{4}‎&lt;br&gt;تنظیمات: ‎{5}‎&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The code and the shipped weights are under the MIT licence. The MNIST database is © Yann LeCun and Corinna Cortes, under CC BY-SA 3.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;کد و وزن‌های همراه برنامه تحت مجوز MIT منتشر شده‌اند. پایگاه داده‌ی MNIST ‏© Yann LeCun و Corinna Cortes است و تحت مجوز CC BY-SA 3.0 منتشر شده است.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Autoencoder Studio</source>
        <translation>درباره‌ی Autoencoder Studio</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>cosine</source>
        <translation>با کاهش کسینوسی</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>داده‌ی نامعلوم</translation>
    </message>
    <message>
        <source>Not recorded (an untrained or imported model).</source>
        <translation>ثبت نشده (مدلی آموزش‌ندیده یا واردشده).</translation>
    </message>
    <message numerus="yes">
        <source>{0}, {1} epochs in %n stages</source>
        <translation>
            <numerusform>‏‎{0}‎، ‎{1}‎ دوره در %n مرحله</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, epochs not recorded</source>
        <translation>‏‎{0}‎، تعداد دوره‌ها ثبت نشده</translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs (best {1})</source>
        <translation>
            <numerusform>‏‎{0}‎، %n دوره (بهترین: {1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs</source>
        <translation>
            <numerusform>‏‎{0}‎، %n دوره</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, learning rate {1} {2}, {3} loss, batch {4}</source>
        <translation>‏‎{0}‎، نرخ یادگیری {1} ‎{2}‎، زیان ‎{3}‎، دسته‌ی {4}</translation>
    </message>
    <message>
        <source>inputs with noise {0} ({1}, one per digit)</source>
        <translation>ورودی‌ها با نویز {0} (‎{1}‎، یکی برای هر رقم)</translation>
    </message>
    <message numerus="yes">
        <source>then %n epochs from learning rate {0} {1}</source>
        <translation>
            <numerusform>سپس %n دوره از نرخ یادگیری {0} ‎{1}‎</numerusform>
        </translation>
    </message>
    <message>
        <source>{0:.0%} of code values exactly zero</source>
        <translation>‏{0:.0%} از مقدارهای کد دقیقاً صفر</translation>
    </message>
    <message>
        <source>widest digit class spreads {0:.1f}× as wide as the median class</source>
        <translation>پراکندگی گسترده‌ترین کلاس رقم {0:.1f}× کلاس میانه است</translation>
    </message>
    <message>
        <source>BCE under noise 0.5: {0}</source>
        <translation>‏BCE با نویز 0.5: ‎{0}‎</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>ثبت نشده است.</translation>
    </message>
    <message>
        <source>loss {0:.4f} after epoch {1}, {2:.4f} after epoch {3} (validation {4:.4f})</source>
        <translation>زیان {0:.4f} پس از دوره‌ی {1}، {2:.4f} پس از دوره‌ی {3} (اعتبارسنجی {4:.4f})</translation>
    </message>
    <message>
        <source>Not measured.</source>
        <translation>اندازه‌گیری نشده است.</translation>
    </message>
    <message>
        <source>BCE {0:.4f}, MSE {1:.4f} on the 10,000 test digits</source>
        <translation>روی 10,000 رقم آزمون: BCE {0:.4f} و MSE {1:.4f}</translation>
    </message>
    <message>
        <source>target ≤ {0:.4f}</source>
        <translation>هدف: حداکثر {0:.4f}</translation>
    </message>
    <message>
        <source>the tutorial reports {0}</source>
        <translation>خودآموز ‎{0}‎ گزارش کرده است</translation>
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
            <numerusform>مدل شما، %n دوره آموزش‌دیده روی ‎{0}‎.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours, opened from a file.</source>
        <translation>مدل شما، بازشده از یک فایل.</translation>
    </message>
    <message>
        <source>Recipe from</source>
        <translation>برگرفته از</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>خودآموز</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}, {3:.1f}× compression</source>
        <translation>‏‎{0}‎: از ‎{1}‎ به ‎{2}‎، {3:.1f}× فشرده‌سازی</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>آموزش روی</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Test error</source>
        <translation>خطای آزمون</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>پارامترها</translation>
    </message>
    <message>
        <source>Restore the shipped model</source>
        <translation>بازگرداندن مدل همراه برنامه</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>لایه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>شکل خروجی</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>پارامترها</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>لایه‌ها</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>Show the Keras code</source>
        <translation>نمایش کد Keras</translation>
    </message>
    <message>
        <source>Unavailable:</source>
        <translation>در دسترس نیست:</translation>
    </message>
</context>
<context>
    <name>ModelHub</name>
    <message>
        <source>Loading the models</source>
        <translation>بارگذاری مدل‌ها</translation>
    </message>
    <message>
        <source>The models could not be loaded. {0}</source>
        <translation>مدل‌ها بارگذاری نشدند. ‎{0}‎</translation>
    </message>
    <message>
        <source>No shipped model is named {0}.</source>
        <translation>هیچ مدل همراه برنامه‌ای با نام ‎{0}‎ وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>ModelOpener</name>
    <message>
        <source>Opening the model</source>
        <translation>باز کردن مدل</translation>
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
        <translation>در حال بارگذاری…</translation>
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
        <translation>از نقاشی</translation>
    </message>
    <message>
        <source>Where this end&apos;s digit comes from: the drawing or an MNIST test digit (#number).</source>
        <translation>رقمِ این سر از کجا می‌آید: نقاشی یا یک رقم آزمون MNIST (#شماره).</translation>
    </message>
    <message>
        <source>Show this MNIST test digit here</source>
        <translation>نمایش این رقم آزمون MNIST در اینجا</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>تصادفی</translation>
    </message>
    <message>
        <source>A random MNIST test digit</source>
        <translation>یک رقم آزمون تصادفی از MNIST</translation>
    </message>
    <message>
        <source>Test digit</source>
        <translation>رقم آزمون</translation>
    </message>
    <message>
        <source>Shows: {0}</source>
        <translation>نمایش: ‎{0}‎</translation>
    </message>
</context>
<context>
    <name>MorphPage</name>
    <message>
        <source>How far along the straight line from A&apos;s code to B&apos;s the decoded code is.</source>
        <translation>کد رمزگشایی‌شده چه اندازه در طول خط مستقیم از کد A تا کد B پیش رفته است.</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> قاب</translation>
    </message>
    <message>
        <source>How many images the strip from A to B has.</source>
        <translation>نوار از A تا B چند تصویر دارد.</translation>
    </message>
    <message>
        <source>Export strip…</source>
        <translation>صدور نوار…</translation>
    </message>
    <message>
        <source>Strip:</source>
        <translation>نوار:</translation>
    </message>
    <message>
        <source>Morph</source>
        <translation>دگردیسی</translation>
    </message>
    <message>
        <source>Strip from A to B</source>
        <translation>نوار از A تا B</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>نقاشی</translation>
    </message>
    <message>
        <source>test digit #{0}, a {1}</source>
        <translation>رقم آزمون #{0}، رقم {1}</translation>
    </message>
    <message>
        <source>{0:.0%} of the way from A to B</source>
        <translation>‏{0:.0%} از مسیر A تا B</translation>
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
        <translation>چند رقم آزمونِ نزدیک نشان داده شود.</translation>
    </message>
    <message>
        <source>Neighbours:</source>
        <translation>همسایه‌ها:</translation>
    </message>
    <message>
        <source>The drawing, as the models see it</source>
        <translation>نقاشی، آن‌طور که مدل‌ها می‌بینند</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab.</source>
        <translation>در زبانه‌ی نقاشی یک رقم بکشید.</translation>
    </message>
    <message>
        <source>The verdict: the digit most of the nearest training digits (by distance between codes) are, how many of them agree, and how typical the drawing is.</source>
        <translation>تشخیص: رقمی که بیشترِ نزدیک‌ترین رقم‌های آموزشی (بر اساس فاصله‌ی بین کدها) هستند، اینکه چند تا از آن‌ها هم‌نظرند، و اینکه نقاشی چقدر معمول است.</translation>
    </message>
    <message>
        <source>Nearest MNIST test digits by code direction (label · distance)</source>
        <translation>نزدیک‌ترین رقم‌های آزمون MNIST بر اساس جهت کد (برچسب · فاصله)</translation>
    </message>
    <message>
        <source>All test codes projected on their two main axes (PCA)</source>
        <translation>همه‌ی کدهای آزمون، تصویرشده روی دو محور اصلی‌شان (PCA)</translation>
    </message>
    <message>
        <source>axis 1 ({0:.0%} of the variance)</source>
        <translation>محور 1 ({0:.0%} از واریانس)</translation>
    </message>
    <message>
        <source>axis 2 ({0:.0%})</source>
        <translation>محور 2 ({0:.0%})</translation>
    </message>
    <message>
        <source>Encoding the test digits…</source>
        <translation>در حال رمزنگاری رقم‌های آزمون…</translation>
    </message>
    <message>
        <source>The nearest digits need the MNIST test digits.</source>
        <translation>نزدیک‌ترین رقم‌ها به رقم‌های آزمون MNIST نیاز دارند.</translation>
    </message>
    <message>
        <source>No verdict: {0}</source>
        <translation>بدون تشخیص: ‎{0}‎</translation>
    </message>
    <message>
        <source>Looks like a &lt;b&gt;{0}&lt;/b&gt;: {1} of {2} nearest training digits agree · typicality {3:.0%}</source>
        <translation>شبیه &lt;b&gt;{0}&lt;/b&gt; است: {1} از {2} رقم آموزشیِ نزدیک هم‌نظرند · معمول‌بودن {3:.0%}</translation>
    </message>
    <message>
        <source>its nearest training digits (mostly {0}s) are {1:.2f} away in the judging models&apos; codes, where a digit&apos;s usually are {2:.2f}–{3:.2f} away</source>
        <translation>نزدیک‌ترین رقم‌های آموزشی‌اش (بیشتر {0}) در کدهای مدل‌های داور {1:.2f} فاصله دارند، در حالی که این فاصله برای یک رقم معمولاً {2:.2f} تا {3:.2f} است</translation>
    </message>
    <message>
        <source>its code is far from every digit&apos;s usual codes</source>
        <translation>کدش از کدهای معمول همه‌ی رقم‌ها دور است</translation>
    </message>
    <message>
        <source>the models cannot redraw it well</source>
        <translation>مدل‌ها نمی‌توانند آن را خوب بازسازی کنند</translation>
    </message>
    <message>
        <source>its nearest digits disagree</source>
        <translation>نزدیک‌ترین رقم‌هایش هم‌نظر نیستند</translation>
    </message>
    <message>
        <source>&lt;b&gt;Does not look like any digit&lt;/b&gt;: {0}. Typicality {1:.1%}; a digit needs {2:.0%}.</source>
        <translation>&lt;b&gt;به هیچ رقمی شبیه نیست&lt;/b&gt;: ‎{0}‎. معمول‌بودن {1:.1%}؛ یک رقم دست‌کم {2:.0%} لازم دارد.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons a drawing is no digit</comment>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>NoisePanel</name>
    <message>
        <source>Noise factor: 0 is the clean drawing, 1 the strongest noise.</source>
        <translation>ضریب نویز: 0 یعنی نقاشی تمیز، 1 یعنی قوی‌ترین نویز.</translation>
    </message>
    <message>
        <source>The noise factor: 0 is the clean drawing, 1 the strongest noise.</source>
        <translation>ضریب نویز: 0 نقاشی تمیز است و 1 قوی‌ترین نویز.</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>نویز تازه</translation>
    </message>
    <message>
        <source>Draw a new random noise pattern.</source>
        <translation>یک الگوی نویز تصادفی تازه می‌سازد.</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>نویز</translation>
    </message>
    <message>
        <source>The errors of the image above against the clean drawing: binary cross-entropy (BCE) and mean squared error (MSE) over its 784 pixels; lower is closer.</source>
        <translation>خطاهای تصویر بالا نسبت به نقاشی تمیز: آنتروپی متقاطع دودویی (BCE) و میانگین مربعات خطا (MSE) روی 784 پیکسل آن؛ هر چه کمتر، نزدیک‌تر.</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>بارگذاری نشده</translation>
    </message>
    <message>
        <source>BCE {0:.3f}
MSE {1:.3f}</source>
        <translation>BCE {0:.3f}
MSE {1:.3f}</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>یک رقم بکشید</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>{0} s</source>
        <translation>‏{0} ثانیه</translation>
    </message>
    <message>
        <source>{0} min {1:02d} s</source>
        <translation>‏{0} دقیقه {1:02d} ثانیه</translation>
    </message>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation>‏{0} ساعت {1:02d} دقیقه</translation>
    </message>
    <message>
        <source>Epoch {0} of {1}</source>
        <translation>دوره‌ی {0} از {1}</translation>
    </message>
    <message>
        <source>batch {0}/{1}</source>
        <translation>دسته‌ی {0}/{1}</translation>
    </message>
    <message>
        <source>loss {0:.4f}</source>
        <translation>زیان {0:.4f}</translation>
    </message>
    <message>
        <source>{0:,.0f} digits/s</source>
        <translation>‏{0:,.0f} رقم در ثانیه</translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation>حدود {0} مانده</translation>
    </message>
    <message>
        <source>Set up a run and press Start.</source>
        <translation>تنظیمات اجرا را انجام دهید و «شروع آموزش» را بزنید.</translation>
    </message>
    <message>
        <source>epoch: %p%</source>
        <translation>دوره: %p%</translation>
    </message>
    <message>
        <source>run: %v of %m epochs</source>
        <translation>کل اجرا: %v از %m دوره</translation>
    </message>
    <message>
        <source>How much of the current epoch (one pass over the training digits) is done.</source>
        <translation>چه مقدار از دوره‌ی جاری (یک گذر روی رقم‌های آموزشی) انجام شده است.</translation>
    </message>
    <message>
        <source>How many of the run&apos;s epochs are done.</source>
        <translation>چند دوره از دوره‌های این اجرا انجام شده است.</translation>
    </message>
    <message>
        <source>This epoch</source>
        <translation>این دوره</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>کل اجرا</translation>
    </message>
    <message>
        <source>Test images of {0} (top) and the model&apos;s reconstructions (bottom) after the last epoch; right: your drawing.</source>
        <translation>تصویرهای آزمون ‎{0}‎ (بالا) و بازسازی‌های مدل (پایین) پس از آخرین دوره؛ سمت چپ: نقاشی شما.</translation>
    </message>
</context>
<context>
    <name>RunBanner</name>
    <message>
        <source>loss {0:.4f}</source>
        <translation>زیان {0:.4f}</translation>
    </message>
    <message>
        <source>val loss {0:.4f}</source>
        <translation>زیان اعتبارسنجی {0:.4f}</translation>
    </message>
    <message>
        <source>test BCE {0:.4f}</source>
        <translation>‏BCE آزمون {0:.4f}</translation>
    </message>
    <message>
        <source>Save this model</source>
        <translation>ذخیره‌ی این مدل</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <source>Use in Draw tab</source>
        <translation>استفاده در زبانه‌ی نقاشی</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{0}&lt;/b&gt;: {1}.</source>
        <translation>با نام &lt;b&gt;‎{0}‎&lt;/b&gt; ذخیره شد: ‎{1}‎.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This run diverged&lt;/b&gt;: its loss reached {0:.4g} in epoch {1} (last epoch {2:.4f}), so the reconstructions all look alike. Try a learning rate well below {3:g}.</source>
        <translation>&lt;b&gt;این اجرا واگرا شد&lt;/b&gt;: زیان آن در دوره‌ی {1} به {0:.4g} رسید (آخرین دوره: {2:.4f})، به همین دلیل همه‌ی بازسازی‌ها شبیه هم‌اند. نرخ یادگیری خیلی کمتر از {3:g} را امتحان کنید.</translation>
    </message>
    <message>
        <source>Stopped. The model after epoch {0} is kept ({1}). Save it to use it later?</source>
        <translation>متوقف شد. مدل پس از دوره‌ی {0} نگه داشته شده است (‎{1}‎). آن را ذخیره می‌کنید تا بعداً از آن استفاده کنید؟</translation>
    </message>
    <message>
        <source>The trained model could not be saved in {0}: {1}. It is kept in memory ({2}): free some space and retry, or save it elsewhere.</source>
        <translation>مدل آموزش‌دیده در ‎{0}‎ ذخیره نشد: ‎{1}‎. در حافظه نگه داشته شده است (‎{2}‎): کمی فضا آزاد کنید و دوباره تلاش کنید، یا آن را جای دیگری ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>SampleStrip</name>
    <message>
        <source>your drawing</source>
        <translation>نقاشی شما</translation>
    </message>
    <message>
        <source>draw a digit in the Draw tab</source>
        <translation>در زبانه‌ی نقاشی یک رقم بکشید</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Alt and a menu&apos;s underlined letter opens it; Tab moves between the controls of a tab.</source>
        <translation>کلید Alt همراه با حرف زیرخط‌دار هر منو آن را باز می‌کند؛ Tab بین کنترل‌های یک زبانه جابه‌جا می‌شود.</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message numerus="yes">
        <source>%n epochs from {0:g}, {1}</source>
        <translation>
            <numerusform>%n دوره، نرخ یادگیری آغازین {0:g}، {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TensorBoardGroup</name>
    <message>
        <source>Write TensorBoard logs</source>
        <translation>نوشتن گزارش‌های TensorBoard</translation>
    </message>
    <message>
        <source>Folder for the logs</source>
        <translation>پوشه‌ی گزارش‌ها</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Each run writes into its own sub-folder.</source>
        <translation>هر اجرا در زیرپوشه‌ی خودش می‌نویسد.</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>پوشه‌ی گزارش</translation>
    </message>
    <message>
        <source>choose a folder for the logs</source>
        <translation>یک پوشه برای گزارش‌ها انتخاب کنید</translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation>پوشه‌ی گزارش‌های TensorBoard</translation>
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
        <translation>رقم آزمون #{0}: رقم {1}، با فاصله‌ی {2:.3f} در فضای کد</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Skip the tour</source>
        <translation>رد کردن گشت</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>‏{0} از {1}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>پایان</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Code size</source>
        <translation>اندازه‌ی کد</translation>
    </message>
    <message>
        <source>Values in the code (the bottleneck).</source>
        <translation>تعداد مقدارهای کد (گلوگاه).</translation>
    </message>
    <message>
        <source>Hidden sizes</source>
        <translation>اندازه‌ی لایه‌های پنهان</translation>
    </message>
    <message>
        <source>Encoder layer widths before the code, e.g. 128, 64 (mirrored in the decoder); leave empty for none.</source>
        <translation>پهنای لایه‌های رمزنگار پیش از کد، مثلاً 128, 64 (در رمزگشا به‌صورت قرینه تکرار می‌شود)؛ برای هیچ، خالی بگذارید.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>فیلترها</translation>
    </message>
    <message>
        <source>Filters per conv + pooling block, e.g. 16, 8, 8 (mirrored in the decoder).</source>
        <translation>تعداد فیلترها در هر بلوک کانولوشن + ادغام، مثلاً 16, 8, 8 (در رمزگشا به‌صورت قرینه تکرار می‌شود).</translation>
    </message>
    <message>
        <source>L1 on the code</source>
        <translation>‏L1 روی کد</translation>
    </message>
    <message>
        <source>Strength of the sparsity penalty on the code (0 for none).</source>
        <translation>شدت جریمه‌ی تنکی روی کد (0 برای هیچ).</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>آنتروپی متقاطع دودویی</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>میانگین مربعات خطا</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>کاهش کسینوسی</translation>
    </message>
    <message>
        <source>a number from {0:g} to {1:g}</source>
        <translation>عددی از {0:g} تا {1:g}</translation>
    </message>
    <message>
        <source>whole numbers separated by commas</source>
        <translation>اعداد صحیح جداشده با ویرگول</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>یک عدد</translation>
    </message>
    <message>
        <source>{0} to {1} numbers</source>
        <translation>‏{0} تا {1} عدد</translation>
    </message>
    <message>
        <source>each from {0:g} to {1:g}</source>
        <translation>هر کدام از {0:g} تا {1:g}</translation>
    </message>
    <message>
        <source>TensorBoard is not installed. To log runs, install it into the app&apos;s environment: pip install tensorboard.</source>
        <translation>برای ثبت گزارش اجراها TensorBoard لازم است، اما نصب نیست. آن را در محیط برنامه نصب کنید: pip install tensorboard.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Shipped model&apos;s recipe</source>
        <translation>دستور آموزش مدل همراه برنامه</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>گونه</translation>
    </message>
    <message>
        <source>The autoencoder family and layout to train.</source>
        <translation>خانواده و چیدمان خودرمزنگاری که آموزش داده می‌شود.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>پیش‌تنظیم</translation>
    </message>
    <message>
        <source>Fill the form with a tutorial&apos;s settings.</source>
        <translation>فرم را با تنظیمات یک خودآموز پر می‌کند.</translation>
    </message>
    <message>
        <source>Input noise</source>
        <translation>نویز ورودی</translation>
    </message>
    <message>
        <source>Noise added to the inputs while training (a denoiser); 0 for none.</source>
        <translation>نویزی که هنگام آموزش به ورودی‌ها افزوده می‌شود (برای مدل نویززدا)؛ 0 برای هیچ.</translation>
    </message>
    <message>
        <source>Noise kinds</source>
        <translation>انواع نویز</translation>
    </message>
    <message>
        <source>Each training digit gets one of the ticked noises, drawn at random.</source>
        <translation>هر رقم آموزشی یکی از نویزهای علامت‌خورده را به‌تصادف می‌گیرد.</translation>
    </message>
    <message>
        <source>What this variant is, its layer sizes, and the tutorial it comes from.</source>
        <translation>این گونه چیست، اندازه‌ی لایه‌هایش، و خودآموزی که از آن آمده است.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>داده</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>مجموعه‌داده</translation>
    </message>
    <message>
        <source>Training digits</source>
        <translation>رقم‌های آموزشی</translation>
    </message>
    <message>
        <source>How many training images to use (a fifth of them, at most 5,000, is held out for validation).</source>
        <translation>چند تصویر آموزشی استفاده شود (یک‌پنجم آن‌ها، حداکثر 5,000، برای اعتبارسنجی کنار گذاشته می‌شود).</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>دوره‌ها</translation>
    </message>
    <message>
        <source>Passes over the training digits.</source>
        <translation>تعداد گذرها روی رقم‌های آموزشی.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>اندازه‌ی دسته</translation>
    </message>
    <message>
        <source>Digits per gradient step.</source>
        <translation>تعداد رقم‌ها در هر گام گرادیان.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>بهینه‌ساز</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>نرخ یادگیری</translation>
    </message>
    <message>
        <source>For example 0.001 or 1e-3.</source>
        <translation>مثلاً 0.001 یا 1e-3.</translation>
    </message>
    <message>
        <source>Rate schedule</source>
        <translation>زمان‌بندی نرخ</translation>
    </message>
    <message>
        <source>Keep the rate, or let it decay to zero along a cosine.</source>
        <translation>نرخ را ثابت نگه دارید، یا بگذارید در طول یک منحنی کسینوسی تا صفر کاهش یابد.</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>دوره‌های گرم‌کردن</translation>
    </message>
    <message>
        <source>Epochs over which a cosine schedule ramps the rate up from 1% (keeps more ReLU units alive).</source>
        <translation>تعداد دوره‌هایی که در آن‌ها زمان‌بندی کسینوسی نرخ را از 1% بالا می‌برد (واحدهای ReLU بیشتری را زنده نگه می‌دارد).</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>زیان</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>بذر تصادفی</translation>
    </message>
    <message>
        <source>The same seed and settings give the same model.</source>
        <translation>بذر و تنظیمات یکسان، مدل یکسان می‌دهند.</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>مرحله‌ی 2</translation>
    </message>
    <message>
        <source>{0}
From: {1}</source>
        <translation>‏‎{0}‎
برگرفته از: ‎{1}‎</translation>
    </message>
    <message>
        <source>a number, e.g. 0.001</source>
        <translation>یک عدد، مثلاً 0.001</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} (edited)</source>
        <translation>‏‎{0}‎ (ویرایش‌شده)</translation>
    </message>
    <message>
        <source>{0:g} is {1:.0f}× the preset&apos;s {2:g}: the loss may blow up (diverge). Lower it unless you want to see that happen.</source>
        <translation>‏{0:g} برابر با {1:.0f}× مقدار پیش‌تنظیم ({2:g}) است: ممکن است زیان منفجر (واگرا) شود. آن را کم کنید، مگر اینکه بخواهید این اتفاق را ببینید.</translation>
    </message>
    <message>
        <source>Refine afterwards</source>
        <translation>پالایش پس از آن</translation>
    </message>
    <message>
        <source>Train further with a second, gentler cosine cycle after the first.</source>
        <translation>پس از چرخه‌ی اول، آموزش را با یک چرخه‌ی کسینوسی دوم و ملایم‌تر ادامه می‌دهد.</translation>
    </message>
    <message>
        <source>cosine decay</source>
        <translation>کاهش کسینوسی</translation>
    </message>
    <message>
        <source>constant rate</source>
        <translation>نرخ ثابت</translation>
    </message>
    <message>
        <source>{0}, from the first stage&apos;s weights (as the shipped model was trained).</source>
        <translation>‏‎{0}‎، از وزن‌های مرحله‌ی اول (همان‌طور که مدل همراه برنامه آموزش دیده است).</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Loading {0}…</source>
        <translation>در حال بارگذاری ‎{0}‎…</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>در حال ساختن مدل…</translation>
    </message>
    <message>
        <source>Measuring on the test digits…</source>
        <translation>در حال اندازه‌گیری روی رقم‌های آزمون…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation>ذخیره‌ی مدل آموزش‌دیده</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>مدل‌های Keras (*.keras)</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>شروع آموزش</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>لغو آموزش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Keras code…</source>
        <translation>کد Keras…</translation>
    </message>
    <message>
        <source>Show the Keras code for these settings</source>
        <translation>نمایش کد Keras برای این تنظیمات</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>ابتدا فیلدهایی را که با رنگ قرمز مشخص شده‌اند درست کنید.</translation>
    </message>
    <message>
        <source>shipped model, test BCE</source>
        <translation>مدل همراه برنامه، BCE آزمون</translation>
    </message>
    <message>
        <source>tutorial&apos;s figure</source>
        <translation>عدد گزارش‌شده در خودآموز</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>توقف پس از این دسته…</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epochs in {0}.</source>
        <translation>
            <numerusform>%n دوره در {0} تمام شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epochs; the model is not saved yet.</source>
        <translation>
            <numerusform>%n دوره تمام شد؛ مدل هنوز ذخیره نشده است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after {0} of %n epochs.</source>
        <translation>
            <numerusform>پس از {0} دوره از %n دوره متوقف شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the first epoch finished; there is nothing to keep.</source>
        <translation>پیش از پایان دوره‌ی اول متوقف شد؛ چیزی برای نگه داشتن نیست.</translation>
    </message>
    <message>
        <source>The run failed; nothing was saved.</source>
        <translation>اجرا ناموفق بود؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>آموزش در جریان است</translation>
    </message>
    <message>
        <source>Stop training and quit?</source>
        <translation>آموزش متوقف و برنامه بسته شود؟</translation>
    </message>
    <message>
        <source>Trained model not saved</source>
        <translation>مدل آموزش‌دیده ذخیره نشده است</translation>
    </message>
    <message>
        <source>The trained model could not be saved and will be lost. Quit anyway?</source>
        <translation>مدل آموزش‌دیده ذخیره نشد و از دست خواهد رفت. با این حال از برنامه خارج می‌شوید؟</translation>
    </message>
</context>
<context>
    <name>TrainedModelsPanel</name>
    <message>
        <source>Open an autoencoder</source>
        <translation>باز کردن یک خودرمزنگار</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>مدل‌های Keras (*.keras)</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>در حال بررسی ‎{0}‎…</translation>
    </message>
    <message>
        <source>{0} is now in the Draw tab.</source>
        <translation>‏‎{0}‎ اکنون در زبانه‌ی نقاشی است.</translation>
    </message>
    <message>
        <source>Model not used</source>
        <translation>مدل به کار گرفته نشد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>گونه</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>مجموعه‌داده</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>دوره‌ها</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>زیان</translation>
    </message>
    <message>
        <source>Val loss</source>
        <translation>زیان اعتبارسنجی</translation>
    </message>
    <message>
        <source>Test BCE</source>
        <translation>‏BCE آزمون</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>زمان ذخیره</translation>
    </message>
    <message>
        <source>In Draw tab</source>
        <translation>در زبانه‌ی نقاشی</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>instead of the shipped {0}</source>
        <translation>به‌جای ‎{0}‎ همراه برنامه</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>آسیب‌دیده</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>{0} (diverged)</source>
        <translation>‏‎{0}‎ (واگرا)</translation>
    </message>
    <message>
        <source>{0}: {1}. Delete it, or keep it without its metadata.</source>
        <translation>‏‎{0}‎: ‎{1}‎. آن را پاک کنید، یا بدون فراداده‌اش نگه دارید.</translation>
    </message>
    <message>
        <source>The loss rose instead of falling: try a lower rate.</source>
        <translation>زیان به‌جای کاهش افزایش یافت: نرخ کمتری را امتحان کنید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;My trained models&lt;/b&gt;</source>
        <translation>&lt;b&gt;مدل‌های آموزش‌دیده‌ی من&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use in Draw tab</source>
        <translation>استفاده در زبانه‌ی نقاشی</translation>
    </message>
    <message>
        <source>Add it to the Draw tab next to the shipped models</source>
        <translation>آن را کنار مدل‌های همراه برنامه به زبانه‌ی نقاشی اضافه می‌کند</translation>
    </message>
    <message>
        <source>Use instead of the shipped model</source>
        <translation>استفاده به‌جای مدل همراه برنامه</translation>
    </message>
    <message>
        <source>Remove from Draw tab</source>
        <translation>حذف از زبانه‌ی نقاشی</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>پاک کردن…</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>باز کردن مدل…</translation>
    </message>
    <message>
        <source>Check a .keras autoencoder from anywhere and add it to the Draw tab</source>
        <translation>یک خودرمزنگار با پسوند ‎.keras را از هر جایی بررسی و به زبانه‌ی نقاشی اضافه می‌کند</translation>
    </message>
    <message>
        <source>Show models folder</source>
        <translation>نمایش پوشه‌ی مدل‌ها</translation>
    </message>
    <message>
        <source>Keras code…</source>
        <translation>کد Keras…</translation>
    </message>
    <message>
        <source>Show the Keras code of this run</source>
        <translation>نمایش کد Keras این اجرا</translation>
    </message>
    <message>
        <source>Keep without metadata</source>
        <translation>نگه داشتن بدون فراداده</translation>
    </message>
    <message>
        <source>Accept an incomplete model as it is; its figures are lost</source>
        <translation>یک مدل ناقص را همان‌طور که هست می‌پذیرد؛ ارقام ثبت‌شده‌اش از دست می‌روند</translation>
    </message>
    <message>
        <source>Use instead of the shipped {0}</source>
        <translation>استفاده به‌جای ‎{0}‎ همراه برنامه</translation>
    </message>
    <message>
        <source>Restore the shipped {0}</source>
        <translation>بازگرداندن ‎{0}‎ همراه برنامه</translation>
    </message>
    <message>
        <source>Use a diverged model?</source>
        <translation>از مدلی واگراشده استفاده شود؟</translation>
    </message>
    <message>
        <source>{0} diverged: its loss rose instead of falling, so its reconstructions are all alike. Use it in the Draw tab anyway?</source>
        <translation>‏‎{0}‎ واگرا شده است: زیان آن به‌جای کاهش افزایش یافت، به همین دلیل بازسازی‌هایش همه شبیه هم‌اند. با این حال در زبانه‌ی نقاشی استفاده شود؟</translation>
    </message>
    <message>
        <source>{0} now runs in the Draw tab instead of the shipped {1}.</source>
        <translation>‏‎{0}‎ اکنون در زبانه‌ی نقاشی به‌جای ‎{1}‎ همراه برنامه اجرا می‌شود.</translation>
    </message>
    <message>
        <source>Shipped model not restored</source>
        <translation>مدل همراه برنامه بازگردانده نشد</translation>
    </message>
    <message>
        <source>The shipped {0} is back in the Draw tab.</source>
        <translation>‏‎{0}‎ همراه برنامه دوباره در زبانه‌ی نقاشی است.</translation>
    </message>
    <message>
        <source>{0} was removed from the Draw tab.</source>
        <translation>‏‎{0}‎ از زبانه‌ی نقاشی حذف شد.</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>نام تغییر نکرد</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>نام تازه:</translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation>تغییر نام مدل</translation>
    </message>
    <message>
        <source>{0}
New name:</source>
        <translation>‏‎{0}‎
نام تازه:</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>پاک کردن مدل</translation>
    </message>
    <message>
        <source>Delete {0} and its metrics for good?</source>
        <translation>‏‎{0}‎ و معیارهایش برای همیشه پاک شوند؟</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>پاک نشد</translation>
    </message>
    <message>
        <source>{0} could not be deleted ({1}).</source>
        <translation>‏‎{0}‎ پاک نشد (‎{1}‎).</translation>
    </message>
    <message>
        <source>No Keras code</source>
        <translation>کد Keras موجود نیست</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>نگه داشته نشد</translation>
    </message>
    <message>
        <source>{0} could not be updated ({1}).</source>
        <translation>‏‎{0}‎ به‌روز نشد (‎{1}‎).</translation>
    </message>
    <message>
        <source>No file manager could be opened. Your models are in {0} (select the path to copy it).</source>
        <translation>هیچ مدیر فایلی باز نشد. مدل‌های شما در ‎{0}‎ هستند (برای کپی، مسیر را انتخاب کنید).</translation>
    </message>
</context>
<context>
    <name>TypicalityMeter</name>
    <message>
        <source>&lt;b&gt;Typicality&lt;/b&gt;</source>
        <translation>&lt;b&gt;معمول‌بودن&lt;/b&gt;</translation>
    </message>
    <message>
        <source>How typical the drawing is of the handwritten digits the models learned from: the share of training digits that look less typical to the vanilla, deep and conv models together (how close their codes come to real digits, how well they redraw it, whether its nearest digits agree). Below {0:.0%} (the tick), it does not look like any digit.</source>
        <translation>نقاشی چقدر نمونه‌ای معمول از رقم‌های دست‌نویسی است که مدل‌ها از آن‌ها یاد گرفته‌اند: سهم رقم‌های آموزشی که از دید مدل‌های ساده، عمیق و کانولوشنی روی هم کمتر معمول به نظر می‌رسند (کدهایشان چقدر به رقم‌های واقعی نزدیک می‌شود، چقدر خوب آن را بازسازی می‌کنند، و اینکه نزدیک‌ترین رقم‌هایش هم‌نظرند یا نه). زیر {0:.0%} (خط نشانه)، به هیچ رقمی شبیه نیست.</translation>
    </message>
    <message>
        <source>The verdict follows once the models have loaded…</source>
        <translation>تشخیص پس از بارگذاری مدل‌ها می‌آید…</translation>
    </message>
    <message>
        <source>No verdict: {0}</source>
        <translation>بدون تشخیص: ‎{0}‎</translation>
    </message>
    <message>
        <source>Draw a digit to see how typical it is.</source>
        <translation>یک رقم بکشید تا ببینید چقدر معمول است.</translation>
    </message>
    <message>
        <source>Does not look like any digit (typicality {0:.1%})</source>
        <translation>به هیچ رقمی شبیه نیست (معمول‌بودن {0:.1%})</translation>
    </message>
    <message>
        <source>Looks like a {0} · typicality {1:.0%}</source>
        <translation>شبیه {0} است · معمول‌بودن {1:.0%}</translation>
    </message>
</context>
<context>
    <name>WrittenNotice</name>
    <message>
        <source>Show folder</source>
        <translation>نمایش پوشه</translation>
    </message>
    <message>
        <source>Wrote {0} to {1}.</source>
        <translation>‏‎{0}‎ در ‎{1}‎ نوشته شد.</translation>
    </message>
    <message>
        <source>No file manager could be opened; the files are in {0}.</source>
        <translation>هیچ مدیر فایلی باز نشد؛ فایل‌ها در ‎{0}‎ هستند.</translation>
    </message>
</context>
</TS>
