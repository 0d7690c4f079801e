<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ArchitectureDiagram</name>
    <message>
        <source>Each bar is one layer; its height grows with the number of values it holds (with its square root); the label under it is its shape</source>
        <translation>每個長條代表一層；高度隨該層的數值個數增加（與其平方根成正比）；下方標籤是該層的形狀</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>編碼器</translation>
    </message>
    <message>
        <source>code</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>解碼器</translation>
    </message>
</context>
<context>
    <name>CodeCompare</name>
    <message>
        <source>Compare with vanilla</source>
        <translation>與基本模型比較</translation>
    </message>
    <message>
        <source>Draw the vanilla model&apos;s code for the same drawing below the selected code, on one common scale.</source>
        <translation>在所選編碼下方，以同一個刻度畫出基本模型對同一張手繪圖的編碼。</translation>
    </message>
    <message>
        <source>How many of the code&apos;s values are exactly zero: a sparse code switches most of its values off.</source>
        <translation>編碼中有多少數值恰好為零：稀疏編碼會把大部分的數值關閉。</translation>
    </message>
    <message>
        <source>The selected model is the vanilla model.</source>
        <translation>所選模型就是基本模型。</translation>
    </message>
    <message>
        <source>Only a flat code of many values can be compared as bars.</source>
        <translation>只有含許多數值的扁平編碼才能用長條圖比較。</translation>
    </message>
    <message>
        <source>The vanilla model&apos;s code is not available.</source>
        <translation>無法取得基本模型的編碼。</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n values are zero</source>
        <translation>
            <numerusform>%n 個數值中有 {0} 個為零</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (vanilla: {1} of %n)</source>
        <translation>
            <numerusform>{0}（基本模型：%n 個中有 {1} 個）</numerusform>
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
        <translation>可在 Keras 3（任一後端）與 NumPy 上執行，不需要其他套件。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard (Ctrl+Shift+C)</source>
        <translation>將整個程式複製到剪貼簿（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存新檔…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n lines to the clipboard.</source>
        <translation>
            <numerusform>已將 %n 行複製到剪貼簿。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Keras script</source>
        <translation>儲存 Keras 程式</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python 檔案 (*.py)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>{0} could not be written ({1}).</source>
        <translation>無法寫入 {0}（{1}）。</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <source>No Keras code</source>
        <translation>沒有 Keras 程式碼</translation>
    </message>
    <message>
        <source>Keras code: {0}</source>
        <translation>Keras 程式碼：{0}</translation>
    </message>
</context>
<context>
    <name>CodeEditorPage</name>
    <message>
        <source>Reset to the drawing</source>
        <translation>重設回手繪圖</translation>
    </message>
    <message>
        <source>Set every slider back to the drawing&apos;s code</source>
        <translation>將每個滑桿設回手繪圖的編碼</translation>
    </message>
    <message>
        <source>Code values, most varied over the test digits first</source>
        <translation>編碼值，依在測試數字上的變化程度由大到小排列</translation>
    </message>
    <message>
        <source>Decoded edited code</source>
        <translation>編輯後編碼的解碼結果</translation>
    </message>
    <message>
        <source>The drawing&apos;s reconstruction:</source>
        <translation>手繪圖的重建結果：</translation>
    </message>
    <message>
        <source>{0}  (σ {1:.2f})</source>
        <translation>{0}  (σ {1:.2f})</translation>
    </message>
    <message>
        <source>Code {0}</source>
        <translation>編碼 {0}</translation>
    </message>
    <message>
        <source>The code value&apos;s number; σ is how much it varies over the MNIST test digits.</source>
        <translation>編碼值的編號；σ 表示它在 MNIST 測試數字上的變化程度。</translation>
    </message>
    <message>
        <source>The value this slider sets in the code.</source>
        <translation>這個滑桿在編碼中設定的值。</translation>
    </message>
</context>
<context>
    <name>CodeNumbering</name>
    <message>
        <source>value {0}</source>
        <translation>數值 {0}</translation>
    </message>
    <message>
        <source>map {0}</source>
        <translation>特徵圖 {0}</translation>
    </message>
</context>
<context>
    <name>CodeSpace</name>
    <message>
        <source>Encoding the test digits with {0}</source>
        <translation>用 {0} 編碼測試數字</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n 個數值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} = %n values</source>
        <translation>
            <numerusform>{0} = %n 個數值</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>The selected model&apos;s code for the drawing: one bar, point or map per value. Hover to read a value.</source>
        <translation>所選模型對手繪圖的編碼：每個數值以一個長條、點或特徵圖表示。將滑鼠移到上方即可讀取數值。</translation>
    </message>
    <message>
        <source>Draw a digit to see its code.</source>
        <translation>畫一個數字，就能看到它的編碼。</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>所選模型</translation>
    </message>
    <message>
        <source>vanilla</source>
        <translation>基本模型</translation>
    </message>
    <message>
        <source>code[{0}] = {1:.4f}</source>
        <translation>編碼[{0}] = {1:.4f}</translation>
    </message>
    <message>
        <source>vanilla code[{0}] = {1:.4f}</source>
        <translation>基本模型編碼[{0}] = {1:.4f}</translation>
    </message>
    <message>
        <source>code = ({0:.3f}, {1:.3f})</source>
        <translation>編碼 = ({0:.3f}, {1:.3f})</translation>
    </message>
    <message>
        <source>{0}, row {1}, column {2}: {3:.4f}</source>
        <translation>{0}，第 {1} 列，第 {2} 欄：{3:.4f}</translation>
    </message>
</context>
<context>
    <name>DatasetNotice</name>
    <message>
        <source>Details</source>
        <translation>詳細資訊</translation>
    </message>
    <message>
        <source>How much of the dataset has been downloaded.</source>
        <translation>資料集已下載的比例。</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>選擇資料夾…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Download {0}</source>
        <translation>下載 {0}</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>正在下載 {0}…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>正在載入 {0}…</translation>
    </message>
    <message>
        <source>{0} was not found.</source>
        <translation>找不到 {0}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} is not on this computer.&lt;/b&gt; {1} Download it or choose the folder that holds its four IDX files.</source>
        <translation>&lt;b&gt;這台電腦上沒有 {0}。&lt;/b&gt;{1}請下載，或選擇存放其四個 IDX 檔案的資料夾。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} could not be loaded.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;無法載入 {0}。&lt;/b&gt;{1}</translation>
    </message>
    <message>
        <source>Looked in:
{0}</source>
        <translation>已搜尋：
{0}</translation>
    </message>
    <message>
        <source>Downloading {0}: {1}, {2:.1f} of {3:.1f} MB</source>
        <translation>正在下載 {0}：{1}，{2:.1f} / {3:.1f} MB</translation>
    </message>
    <message>
        <source>Downloading {0}: {1}, {2:.1f} MB</source>
        <translation>正在下載 {0}：{1}，{2:.1f} MB</translation>
    </message>
    <message>
        <source>Folder holding {0}</source>
        <translation>存放 {0} 的資料夾</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>{0} (not found)</source>
        <translation>{0}（找不到）</translation>
    </message>
    <message>
        <source>{0} was not found: download it or choose its folder.</source>
        <translation>找不到 {0}：請下載，或選擇它所在的資料夾。</translation>
    </message>
    <message>
        <source>Wait for the download to finish.</source>
        <translation>請等待下載完成。</translation>
    </message>
</context>
<context>
    <name>DatasetService</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>已取消下載。</translation>
    </message>
    <message>
        <source>Loading {0}</source>
        <translation>載入 {0}</translation>
    </message>
    <message>
        <source>Downloading {0}</source>
        <translation>下載 {0}</translation>
    </message>
</context>
<context>
    <name>DeviceChoice</name>
    <message>
        <source>Devices are listed once Keras has loaded…</source>
        <translation>Keras 載入後就會列出裝置…</translation>
    </message>
    <message>
        <source>The processors the next run will train on, and their memory.</source>
        <translation>下一次訓練所使用的處理器及其記憶體。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message numerus="yes">
        <source>All %n devices</source>
        <translation>
            <numerusform>全部 %n 個裝置</numerusform>
        </translation>
    </message>
    <message>
        <source>Trains on: {0}</source>
        <translation>訓練裝置：{0}</translation>
    </message>
    <message>
        <source>The last run trained on: {0}</source>
        <translation>上一次訓練使用：{0}</translation>
    </message>
</context>
<context>
    <name>DigitScatter</name>
    <message>
        <source>digit</source>
        <translation>數字</translation>
    </message>
</context>
<context>
    <name>DrawActions</name>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>復原筆畫(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation>重做筆畫(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Clear drawing</source>
        <translation>清除手繪圖(&amp;C)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Load a random MNIST &amp;test digit</source>
        <translation>載入隨機的 MNIST 測試數字(&amp;T)</translation>
    </message>
    <message>
        <source>MNIST digit</source>
        <translation>MNIST 數字</translation>
    </message>
    <message>
        <source>&amp;Open drawing…</source>
        <translation>開啟手繪圖(&amp;O)…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>&amp;Save drawing…</source>
        <translation>儲存手繪圖(&amp;S)…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>儲存…</translation>
    </message>
    <message>
        <source>&amp;MNIST preprocessing</source>
        <translation>MNIST 前處理(&amp;M)</translation>
    </message>
    <message>
        <source>MNIST preprocessing</source>
        <translation>MNIST 前處理</translation>
    </message>
    <message>
        <source>Crop to the ink, even out the stroke width, fit into 20 × 20 and centre by centre of mass, as MNIST was made.</source>
        <translation>依照 MNIST 的製作方式：裁切到墨跡範圍、統一筆畫粗細、縮放至 20 × 20，並以質心置中。</translation>
    </message>
    <message>
        <source>Show the 28 × 28 &amp;grid</source>
        <translation>顯示 28 × 28 格線(&amp;G)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>格線</translation>
    </message>
    <message>
        <source>&amp;New noise</source>
        <translation>新雜訊(&amp;N)</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>新雜訊</translation>
    </message>
    <message>
        <source>Ne&amp;xt model</source>
        <translation>下一個模型(&amp;X)</translation>
    </message>
    <message>
        <source>Next model</source>
        <translation>下一個模型</translation>
    </message>
    <message>
        <source>Pre&amp;vious model</source>
        <translation>上一個模型(&amp;V)</translation>
    </message>
    <message>
        <source>Previous model</source>
        <translation>上一個模型</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0} is not on this computer: choose its folder or download it (the Explore tab&apos;s notice or the Train tab&apos;s dataset).</source>
        <translation>這台電腦上沒有 {0}：請選擇它所在的資料夾或下載（在「探索」分頁的通知中，或「訓練」分頁的資料集）。</translation>
    </message>
    <message>
        <source>Cleared. Ctrl+Z brings it back.</source>
        <translation>已清除。按 Ctrl+Z 可以復原。</translation>
    </message>
    <message>
        <source>No test digits</source>
        <translation>沒有測試數字</translation>
    </message>
    <message>
        <source>Loading the {0} test digits…</source>
        <translation>正在載入 {0} 測試數字…</translation>
    </message>
    <message>
        <source>Loaded an MNIST test digit: a {0}.</source>
        <translation>已載入一個 MNIST 測試數字：{0}。</translation>
    </message>
    <message>
        <source>PNG images ({0})</source>
        <translation>PNG 影像 ({0})</translation>
    </message>
    <message>
        <source>All images ({0})</source>
        <translation>所有影像 ({0})</translation>
    </message>
    <message>
        <source>Open a drawing</source>
        <translation>開啟手繪圖</translation>
    </message>
    <message>
        <source>Drawing not opened</source>
        <translation>手繪圖未開啟</translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation>儲存手繪圖</translation>
    </message>
    <message>
        <source>Drawing not saved</source>
        <translation>手繪圖未儲存</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>How many values the selected model&apos;s code has, and the compression: 784 input pixels divided by the code&apos;s values.</source>
        <translation>所選模型的編碼有多少個數值，以及壓縮倍率：784 個輸入像素除以編碼的數值個數。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstructions&lt;/b&gt; — click a model to inspect it</source>
        <translation>&lt;b&gt;重建結果&lt;/b&gt; — 點選模型即可查看</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>模型卡</translation>
    </message>
    <message>
        <source>Noise and denoising</source>
        <translation>雜訊與去雜訊</translation>
    </message>
    <message>
        <source>Draw a digit on the left to see this model reconstruct it.</source>
        <translation>在左側畫一個數字，看看這個模型如何重建它。</translation>
    </message>
    <message>
        <source>Noisy input</source>
        <translation>含雜訊的輸入</translation>
    </message>
    <message>
        <source>Denoising model</source>
        <translation>去雜訊模型</translation>
    </message>
    <message>
        <source>Plain model</source>
        <translation>一般模型</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>未載入</translation>
    </message>
    <message>
        <source>{0} (yours, instead of {1})</source>
        <translation>{0}（你的模型，取代 {1}）</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0} Runs instead of the shipped {1}.</source>
        <translation>{0}目前取代內建的 {1} 執行。</translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation>未載入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; code: {1} · {2} / {3} = &lt;b&gt;{4:.1f}× compression&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 編碼：{1} · {2} / {3} = &lt;b&gt;壓縮 {4:.1f}×&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading its layers…</source>
        <translation>各層載入中…</translation>
    </message>
    <message>
        <source>The shipped model is back.</source>
        <translation>內建模型已恢復。</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Left button draws, right button erases.</source>
        <translation>左鍵繪製，右鍵擦除。</translation>
    </message>
    <message>
        <source>Draw a digit here

left button draws · right button erases</source>
        <translation>在這裡畫一個數字

左鍵繪製 · 右鍵擦除</translation>
    </message>
</context>
<context>
    <name>DrawingPanel</name>
    <message>
        <source>Brush diameter in model pixels (the canvas is 28 model pixels across).</source>
        <translation>筆刷直徑，以模型像素為單位（畫布寬 28 個模型像素）。</translation>
    </message>
    <message>
        <source>0 % is a soft airbrush, 100 % a hard round pen.</source>
        <translation>0 % 是柔和的噴槍，100 % 是硬邊的圓筆。</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>The brush diameter in model pixels.</source>
        <translation>筆刷直徑（模型像素）。</translation>
    </message>
    <message>
        <source>The brush hardness: 0 % soft airbrush, 100 % hard pen.</source>
        <translation>筆刷硬度：0 % 為柔和噴槍，100 % 為硬邊筆。</translation>
    </message>
    <message>
        <source>The model input: the drawing after preprocessing, 28 × 28 pixels.</source>
        <translation>模型輸入：經過前處理的手繪圖，28 × 28 像素。</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>筆刷大小</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation>硬度</translation>
    </message>
    <message>
        <source>Model input</source>
        <translation>模型輸入</translation>
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
        <translation>模型的附屬中繼資料檔在應有的位置沒有任何設定</translation>
    </message>
    <message>
        <source>the model&apos;s sidecar records no variant and training settings of this app</source>
        <translation>模型的附屬中繼資料檔沒有記錄本程式的變體與訓練設定</translation>
    </message>
    <message>
        <source>the model&apos;s sidecar holds settings this version does not know ({reason})</source>
        <translation>模型的附屬中繼資料檔含有此版本不認得的設定（{reason}）</translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation>{earlier}；{later}</translation>
    </message>
    <message>
        <source>no Keras loader for the dataset {dataset!r}; known: {known}</source>
        <translation>資料集 {dataset!r} 沒有 Keras 載入器；已知的有：{known}</translation>
    </message>
    <message>
        <source>the subset must be a number of digits, not {subset!r}</source>
        <translation>子集必須是數字影像的數量，而不是 {subset!r}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>these settings cannot be written out as Keras code ({reason})</source>
        <translation>這些設定無法輸出成 Keras 程式碼（{reason}）</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu: sudo apt install dataset-fashion-mnist.</source>
        <translation>在 Debian 或 Ubuntu 上：sudo apt install dataset-fashion-mnist。</translation>
    </message>
    <message>
        <source>{path} is larger than any file of this dataset can be ({limit:,} bytes): it is damaged or a different file. Delete it and provide the original.</source>
        <translation>{path} 比這個資料集的任何檔案都大（上限 {limit:,} 位元組）：檔案已損毀，或是別的檔案。請刪除它並提供原始檔案。</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}): its compressed data cannot be read. Delete it and provide the file again.</source>
        <translation>{path} 已損毀（{reason}）：無法讀取其壓縮資料。請刪除它並重新提供檔案。</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}). Delete it and provide the file again.</source>
        <translation>無法讀取 {path}（{reason}）。請刪除它並重新提供檔案。</translation>
    </message>
    <message>
        <source>{file} is not an IDX file of unsigned bytes.</source>
        <translation>{file} 不是無號位元組格式的 IDX 檔案。</translation>
    </message>
    <message>
        <source>{file} is truncated: its header is incomplete.</source>
        <translation>{file} 已被截斷：檔頭不完整。</translation>
    </message>
    <message>
        <source>{file} is truncated or damaged: {size} bytes where its header promises {expected}.</source>
        <translation>{file} 已被截斷或損毀：只有 {size} 位元組，但檔頭標示應有 {expected} 位元組。</translation>
    </message>
    <message>
        <source>{title} was not found. Looked in:
  {searched}
Put the four IDX files (plain or .gz) in one of these folders, set {variable} to a folder holding &apos;{folder}/&apos;, or download it.</source>
        <translation>找不到 {title}。已搜尋：
  {searched}
請將四個 IDX 檔案（未壓縮或 .gz）放到其中一個資料夾，或將 {variable} 設為含有「{folder}/」的資料夾，或直接下載。</translation>
    </message>
    <message>
        <source>{message} {hint}</source>
        <translation>{message}{hint}</translation>
    </message>
    <message>
        <source>{file} is missing from {folder}.</source>
        <translation>{folder} 中缺少 {file}。</translation>
    </message>
    <message>
        <source>{path} does not match the published {title} file (MD5 {digest}, expected {expected}). It is damaged or a different file: delete it and provide the original.</source>
        <translation>{path} 與官方發布的 {title} 檔案不符（MD5 為 {digest}，預期為 {expected}）。檔案已損毀或是別的檔案：請刪除它並提供原始檔案。</translation>
    </message>
    <message>
        <source>Could not download {title} ({file}).
  {errors}
Check the internet connection, or put the files in a folder by hand.</source>
        <translation>無法下載 {title}（{file}）。
  {errors}
請檢查網路連線，或手動將檔案放到資料夾中。</translation>
    </message>
    <message>
        <source>the download is larger than the file can be ({limit:,} bytes)</source>
        <translation>下載的內容超過該檔案可能的大小（{limit:,} 位元組）</translation>
    </message>
    <message>
        <source>checksum mismatch (MD5 {digest}, expected {expected})</source>
        <translation>總和檢查碼不符（MD5 為 {digest}，預期為 {expected}）</translation>
    </message>
    <message>
        <source>Unknown dataset {name!r}; known: {known}.</source>
        <translation>未知的資料集 {name!r}；已知的有：{known}。</translation>
    </message>
    <message>
        <source>cannot train on {wanted} devices: this machine has {count} ({ids})</source>
        <translation>無法在 {wanted} 個裝置上訓練：這台電腦只有 {count} 個（{ids}）</translation>
    </message>
    <message>
        <source>unknown device choice {option!r}: use &apos;auto&apos;, a number or a list of ids</source>
        <translation>未知的裝置選項 {option!r}：請使用 &apos;auto&apos;、一個數字或 ID 清單</translation>
    </message>
    <message>
        <source>devices {ids}: choose from {known}</source>
        <translation>裝置 {ids}：請從 {known} 中選擇</translation>
    </message>
    <message>
        <source>devices none or repeated: choose from {known}</source>
        <translation>沒有指定裝置或有重複：請從 {known} 中選擇</translation>
    </message>
    <message>
        <source>the {backend} backend trains on its default device only</source>
        <translation>{backend} 後端只會在其預設裝置上訓練</translation>
    </message>
    <message>
        <source>a batch of {size} cannot be split over {count} devices; choose a multiple of {count}</source>
        <translation>大小為 {size} 的批次無法平均分配到 {count} 個裝置；請選擇 {count} 的倍數</translation>
    </message>
    <message>
        <source>{where} has no English text (key &quot;en&quot;)</source>
        <translation>{where} 沒有英文文字（鍵 &quot;en&quot;）</translation>
    </message>
    <message>
        <source>{where} must be a non-empty text, or a map from language codes to texts</source>
        <translation>{where} 必須是非空白的文字，或是由語言代碼對應到文字的對照表</translation>
    </message>
    <message>
        <source>{where} must be an object with a &quot;kind&quot;</source>
        <translation>{where} 必須是含有 &quot;kind&quot; 的物件</translation>
    </message>
    <message>
        <source>{where} has an unknown kind {kind!r}; known: {known}</source>
        <translation>{where} 的 kind {kind!r} 未知；已知的有：{known}</translation>
    </message>
    <message>
        <source>{where} ({kind}) has unknown parameters: {names}</source>
        <translation>{where}（{kind}）有未知的參數：{names}</translation>
    </message>
    <message>
        <source>{where} ({kind}) needs: {names}</source>
        <translation>{where}（{kind}）需要：{names}</translation>
    </message>
    <message>
        <source>{where} ({kind}): {name} must be one of {choices}, not {value!r}</source>
        <translation>{where}（{kind}）：{name} 必須是 {choices} 之一，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{where} ({kind}): {name} must be a number</source>
        <translation>{where}（{kind}）：{name} 必須是數字</translation>
    </message>
    <message>
        <source>{where}: a lesson is a JSON object</source>
        <translation>{where}：課程必須是 JSON 物件</translation>
    </message>
    <message>
        <source>{where}: &quot;steps&quot; must list {low} to {high} steps</source>
        <translation>{where}：&quot;steps&quot; 必須列出 {low} 到 {high} 個步驟</translation>
    </message>
    <message>
        <source>{where}: step {number} must be an object</source>
        <translation>{where}：第 {number} 步必須是物件</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s text</source>
        <translation>{where}：第 {number} 步的文字</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s task</source>
        <translation>{where}：第 {number} 步的任務</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s hint</source>
        <translation>{where}：第 {number} 步的提示</translation>
    </message>
    <message>
        <source>{where}: &quot;question&quot; must be an object with &quot;text&quot; and &quot;answer&quot;</source>
        <translation>{where}：&quot;question&quot; 必須是含有 &quot;text&quot; 與 &quot;answer&quot; 的物件</translation>
    </message>
    <message>
        <source>{where}: the title</source>
        <translation>{where}：標題</translation>
    </message>
    <message>
        <source>{where}: the question</source>
        <translation>{where}：問題</translation>
    </message>
    <message>
        <source>{where}: the answer</source>
        <translation>{where}：答案</translation>
    </message>
    <message>
        <source>{file} is {size:,} bytes; a lesson file is at most {most:,}</source>
        <translation>{file} 有 {size:,} 位元組；課程檔案最多只能有 {most:,} 位元組</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>無法讀取 {file}（{reason}）</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 JSON ({reason})</source>
        <translation>{file} 不是有效的 UTF-8 JSON（{reason}）</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>無法讀取（{reason}）</translation>
    </message>
    <message>
        <source>Use up to 80 letters, digits, spaces and - _ . ( ) +, starting with a letter or digit.</source>
        <translation>最多 80 個字元，可使用文字、數字、空格及 - _ . ( ) +，並須以文字或數字開頭。</translation>
    </message>
    <message>
        <source>A model named {name} exists already.</source>
        <translation>已經有名為 {name} 的模型。</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>Salt and pepper</source>
        <translation>椒鹽</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>遮罩</translation>
    </message>
    <message>
        <source>No pretrained weights ship for this variant yet (make pretrain).</source>
        <translation>這個變體尚未附帶預訓練權重（make pretrain）。</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: {size:,} bytes is far too big.</source>
        <translation>清單檔 {path} 已損毀：{size:,} 位元組遠超過合理大小。</translation>
    </message>
    <message>
        <source>The manifest {path} is missing.</source>
        <translation>找不到清單檔 {path}。</translation>
    </message>
    <message>
        <source>The manifest {path} could not be read ({reason}).</source>
        <translation>無法讀取清單檔 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: it is not valid JSON ({reason}).</source>
        <translation>清單檔 {path} 已損毀：不是有效的 JSON（{reason}）。</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: it is not shaped {{&quot;variants&quot;: {{name: {{...}}}}}}.</source>
        <translation>清單檔 {path} 已損毀：格式不是 {{&quot;variants&quot;: {{name: {{...}}}}}}。</translation>
    </message>
    <message>
        <source>{problem} No intact model file with a sidecar was found for it.</source>
        <translation>{problem}也找不到附有中繼資料檔且完好無損的模型檔案。</translation>
    </message>
    <message>
        <source>The manifest&apos;s file for {name} ({file!r}) is outside {folder}; it is refused.</source>
        <translation>清單檔中 {name} 的檔案（{file!r}）位於 {folder} 之外，已拒絕使用。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} does not match its SHA-256 in the manifest ({digest}…, expected {expected}…): it is damaged or was replaced. Reinstall the app, or remake it with make pretrain.</source>
        <translation>{path} 與清單檔中的 SHA-256 不符（{digest}…，預期為 {expected}…）：檔案已損毀或被替換。請重新安裝本程式，或用 make pretrain 重新製作。</translation>
    </message>
    <message>
        <source>its metadata field &apos;{field}&apos; holds {value}, which is not what it should be</source>
        <translation>其中繼資料欄位「{field}」的值為 {value}，與應有的值不符</translation>
    </message>
    <message>
        <source>its metadata holds a history or test figure that is not a number</source>
        <translation>其中繼資料中的訓練歷程或測試數據含有非數字的值</translation>
    </message>
    <message>
        <source>it has no metadata file</source>
        <translation>它沒有中繼資料檔</translation>
    </message>
    <message>
        <source>its metadata file describes another version of it</source>
        <translation>其中繼資料檔描述的是另一個版本</translation>
    </message>
    <message>
        <source>{file} cannot be read (permission denied).</source>
        <translation>無法讀取 {file}（權限不足）。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} 是資料夾，不是模型檔案。</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a Keras model archive.</source>
        <translation>{file} 已損毀：不是 Keras 模型封存檔。</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}).</source>
        <translation>{file} 已損毀（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is refused: it would inflate to {size:,.0f} MB, far more than any model of this app ({most:.0f} MB at most).</source>
        <translation>已拒絕 {file}：解壓縮後會有 {size:,.0f} MB，遠大於本程式的任何模型（最多 {most:.0f} MB）。</translation>
    </message>
    <message>
        <source>{file} is damaged or not a model this app can read ({kind}: {reason}).</source>
        <translation>{file} 已損毀，或不是本程式能讀取的模型（{kind}：{reason}）。</translation>
    </message>
    <message>
        <source>{file} is not an autoencoder of this app: it has no {first} or {second} part.</source>
        <translation>{file} 不是本程式的自編碼器：它沒有 {first} 或 {second} 部分。</translation>
    </message>
    <message>
        <source>{file} is not an autoencoder of this app: it has no {part} part.</source>
        <translation>{file} 不是本程式的自編碼器：它沒有 {part} 部分。</translation>
    </message>
    <message>
        <source>{file} has input shape {shape}; an autoencoder here takes 28×28 digits (784 values).</source>
        <translation>{file} 的輸入形狀是 {shape}；本程式的自編碼器接受 28×28 的數字（784 個數值）。</translation>
    </message>
    <message>
        <source>{file} has output shape {shape}; an autoencoder here takes 28×28 digits (784 values).</source>
        <translation>{file} 的輸出形狀是 {shape}；本程式的自編碼器輸出 28×28 的數字（784 個數值）。</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} is damaged: {file} cannot be read ({kind}).</source>
        <translation>{folder} 中的檢查點已損毀：無法讀取 {file}（{kind}）。</translation>
    </message>
    <message>
        <source>The run diverged: the loss became {loss} in epoch {epoch}. Try a lower learning rate.</source>
        <translation>這次訓練發散了：損失在第 {epoch} 個訓練週期變成 {loss}。請試試較低的學習率。</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} was made with different settings or a different model than {name}.</source>
        <translation>{folder} 中的檢查點是以不同於 {name} 的設定或模型建立的。</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} cannot be resumed: {reason}</source>
        <translation>無法從 {folder} 中的檢查點繼續訓練：{reason}</translation>
    </message>
    <message>
        <source>The verdict&apos;s reference {file} is missing: run {command}.</source>
        <translation>找不到判定用的參考資料 {file}：請執行 {command}。</translation>
    </message>
    <message>
        <source>{file} is larger than a verdict reference can be.</source>
        <translation>{file} 超過判定參考資料可能的大小。</translation>
    </message>
    <message>
        <source>The verdict&apos;s reference {file} is damaged ({reason}).</source>
        <translation>判定用的參考資料 {file} 已損毀（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is not the model the verdict&apos;s reference was made for: run {command}.</source>
        <translation>{file} 不是判定參考資料所對應的模型：請執行 {command}。</translation>
    </message>
    <message>
        <source>This verdict&apos;s reference has no calibration digits.</source>
        <translation>這份判定參考資料沒有校準用的數字。</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} 其中之一</translation>
    </message>
    <message>
        <source>{low} to {high} numbers</source>
        <translation>{low} 到 {high} 個數值</translation>
    </message>
    <message>
        <source>each from {low:g} to {high:g}</source>
        <translation>每個介於 {low:g} 到 {high:g}</translation>
    </message>
    <message>
        <source>from {low:g} to {high:g}</source>
        <translation>{low:g} 到 {high:g}</translation>
    </message>
    <message>
        <source>at least 1 epoch</source>
        <translation>至少 1 個訓練週期</translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation>至少 1</translation>
    </message>
    <message>
        <source>a number in (0, 10]</source>
        <translation>(0, 10] 之間的數字</translation>
    </message>
    <message>
        <source>from 0 to fewer than the epochs</source>
        <translation>0 到少於訓練週期數</translation>
    </message>
    <message>
        <source>between 0 and 1</source>
        <translation>0 到 1 之間</translation>
    </message>
    <message>
        <source>one or more of {choices}</source>
        <translation>{choices} 中的一個或多個</translation>
    </message>
    <message>
        <source>a whole number from 0 to {most}</source>
        <translation>0 到 {most} 的整數</translation>
    </message>
    <message>
        <source>at least 1 digit</source>
        <translation>至少 1 個數字</translation>
    </message>
    <message>
        <source>at least 1 epoch, or none</source>
        <translation>至少 1 個訓練週期，或不設定</translation>
    </message>
    <message>
        <source>{name} has no architecture parameter {parameters}</source>
        <translation>{name} 沒有架構參數 {parameters}</translation>
    </message>
    <message>
        <source>Vanilla dense</source>
        <translation>基本全連接</translation>
    </message>
    <message>
        <source>One hidden layer of 32 values: 784 → 32 → 784.</source>
        <translation>一個含 32 個數值的隱藏層：784 → 32 → 784。</translation>
    </message>
    <message>
        <source>Deep dense</source>
        <translation>深層全連接</translation>
    </message>
    <message>
        <source>Three dense layers each way: 784 → 128 → 64 → 32 → 64 → 128 → 784.</source>
        <translation>編碼與解碼各有三個全連接層：784 → 128 → 64 → 32 → 64 → 128 → 784。</translation>
    </message>
    <message>
        <source>Sparse (top-k)</source>
        <translation>稀疏（top-k）</translation>
    </message>
    <message>
        <source>The vanilla model with a top-k code: each digit keeps only its 16 largest of the 32 code values; the other 16 (or more) are exactly zero.</source>
        <translation>採用 top-k 編碼的基本模型：每個數字只保留 32 個編碼值中最大的 16 個，其餘 16 個（或更多）恰好為零。</translation>
    </message>
    <message>
        <source>Convolutional</source>
        <translation>卷積</translation>
    </message>
    <message>
        <source>Three conv + pooling blocks down to a 4×4×8 code, mirrored back up.</source>
        <translation>三個卷積 + 池化區塊，將影像縮小為 4×4×8 的編碼，再以對稱的結構還原。</translation>
    </message>
    <message>
        <source>Denoising conv</source>
        <translation>去雜訊卷積</translation>
    </message>
    <message>
        <source>Learns to map noisy digits back to clean ones: trained on Gaussian noise 0.5, then on a mix of Gaussian (3 in 5 digits), salt-and-pepper and masking noise at 0.5; 7×7×32 code.</source>
        <translation>學習把含雜訊的數字還原成乾淨的數字：先以強度 0.5 的高斯雜訊訓練，再以強度 0.5 的混合雜訊訓練（每 5 個數字中有 3 個為高斯雜訊，其餘為椒鹽雜訊與遮罩雜訊）；編碼為 7×7×32。</translation>
    </message>
    <message>
        <source>2-D latent</source>
        <translation>二維潛在空間</translation>
    </message>
    <message>
        <source>Squeezes each digit into two numbers: 784 → 256 → 2 → 256 → 784. The code is standardised (batch normalisation), so every digit class gets room on the map.</source>
        <translation>把每個數字壓縮成兩個數值：784 → 256 → 2 → 256 → 784。編碼經過標準化（批次正規化），讓每個數字類別在潛在空間圖上都有足夠的空間。</translation>
    </message>
    <message>
        <source>Variational (VAE)</source>
        <translation>變分（VAE）</translation>
    </message>
    <message>
        <source>A 2-D Gaussian code trained with BCE + KL; decoded from its mean.</source>
        <translation>以 BCE + KL 訓練的二維高斯編碼；從其平均值解碼。</translation>
    </message>
    <message>
        <source>Tutorial: vanilla, Adadelta</source>
        <translation>教學：基本模型，Adadelta</translation>
    </message>
    <message>
        <source>The blog&apos;s first model exactly: Adadelta (lr 1.0), BCE, 50 epochs, batch 256.</source>
        <translation>完全依照部落格文章的第一個模型：Adadelta（lr 1.0）、BCE、50 個訓練週期、批次 256。</translation>
    </message>
    <message>
        <source>Tutorial: sparse, L1 10e-5</source>
        <translation>教學：稀疏，L1 10e-5</translation>
    </message>
    <message>
        <source>The blog&apos;s sparse model: an L1 activity penalty of 10e-5 on the 32 relu code values, Adadelta (lr 1.0), BCE, 100 epochs, batch 256. Its code is smaller but rarely exactly zero.</source>
        <translation>部落格文章的稀疏模型：對 32 個 relu 編碼值施加 10e-5 的 L1 活化值懲罰，Adadelta（lr 1.0）、BCE、100 個訓練週期、批次 256。它的編碼數值較小，但很少恰好為零。</translation>
    </message>
    <message>
        <source>Tutorial: vanilla 64, MSE</source>
        <translation>教學：基本模型 64，MSE</translation>
    </message>
    <message>
        <source>A 64-value code trained with Adam on mean squared error.</source>
        <translation>含 64 個數值的編碼，以 Adam 與均方誤差訓練。</translation>
    </message>
    <message>
        <source>Tutorial: multilayer, MSE</source>
        <translation>教學：多層，MSE</translation>
    </message>
    <message>
        <source>784 → 128 → 64 → 128 → 784 with Adam on mean squared error.</source>
        <translation>784 → 128 → 64 → 128 → 784，以 Adam 與均方誤差訓練。</translation>
    </message>
    <message>
        <source>Tutorial: denoiser 32-32-16</source>
        <translation>教學：去雜訊模型 32-32-16</translation>
    </message>
    <message>
        <source>Three conv blocks (32, 32, 16) trained on noise 0.5 with Adam and BCE.</source>
        <translation>三個卷積區塊（32、32、16），以強度 0.5 的雜訊、Adam 與 BCE 訓練。</translation>
    </message>
    <message>
        <source>Tutorial: 2-D latent (relu)</source>
        <translation>教學：二維潛在空間（relu）</translation>
    </message>
    <message>
        <source>784 → 32 → 2 → 32 → 784 with relu on the code, as the tutorial had it.</source>
        <translation>784 → 32 → 2 → 32 → 784，依照原教學在編碼上使用 relu。</translation>
    </message>
    <message>
        <source>{file} is {megabytes:,.0f} MB: too large for a drawing.</source>
        <translation>{file} 有 {megabytes:,.0f} MB：以手繪圖來說太大了。</translation>
    </message>
    <message>
        <source>{file} could not be read as an image.</source>
        <translation>無法將 {file} 讀取為影像。</translation>
    </message>
    <message>
        <source>{file} declares {width:,} × {height:,} pixels; a drawing may have at most {megapixels} megapixels and {side:,} pixels a side.</source>
        <translation>{file} 標示為 {width:,} × {height:,} 像素；手繪圖最多只能有 {megapixels} 百萬像素，每邊最多 {side:,} 像素。</translation>
    </message>
    <message>
        <source>{file} could not be read as an image ({reason}).</source>
        <translation>無法將 {file} 讀取為影像（{reason}）。</translation>
    </message>
    <message>
        <source>{file} could not be written (check the folder and its permissions).</source>
        <translation>無法寫入 {file}（請檢查資料夾及其權限）。</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>What it shows</source>
        <translation>顯示內容</translation>
    </message>
    <message>
        <source>{0}: 784 values in, {1} in the code: {2:.1f}× compression.</source>
        <translation>{0}：輸入 784 個數值，編碼 {1} 個：壓縮 {2:.1f}×。</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>計算方式</translation>
    </message>
    <message>
        <source>Your drawing now: its BCE floor (the error of a perfect copy) is {0:.3f}.</source>
        <translation>你目前的手繪圖：BCE 下限（完美複製時的誤差）為 {0:.3f}。</translation>
    </message>
    <message>
        <source>BCE of the model input against itself</source>
        <translation>模型輸入與自身的 BCE</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>動手試試</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>No model with a flat code of at most 64 values is loaded (the shipped vanilla, deep and sparse are).</source>
        <translation>尚未載入編碼為扁平且最多 64 個數值的模型（內建的基本、深層與稀疏模型都符合）。</translation>
    </message>
    <message>
        <source>No model with a 2-value code is loaded. The latent map needs the 2-D latent or the variational model (shipped as latent2 and vae, or trained in the Train tab).</source>
        <translation>尚未載入編碼為 2 個數值的模型。潛在空間圖需要二維潛在空間模型或變分模型（內建的 latent2 與 vae，或在「訓練」分頁訓練的模型）。</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>尚未載入任何模型。</translation>
    </message>
    <message>
        <source>No model with a code of more than two values is loaded (the shipped vanilla, deep and sparse are).</source>
        <translation>尚未載入編碼超過兩個數值的模型（內建的基本、深層與稀疏模型都符合）。</translation>
    </message>
    <message>
        <source>No suitable model is loaded.</source>
        <translation>尚未載入合適的模型。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>What this page is doing with the selected model and the test digits.</source>
        <translation>這個頁面正在用所選模型與測試數字做什麼。</translation>
    </message>
    <message>
        <source>The models are still loading…</source>
        <translation>模型仍在載入中…</translation>
    </message>
    <message>
        <source>Encoding the 10,000 MNIST test digits with this model…</source>
        <translation>正在用這個模型編碼 10,000 個 MNIST 測試數字…</translation>
    </message>
    <message>
        <source>The MNIST test digits are not loaded: what needs them stays empty.</source>
        <translation>尚未載入 MNIST 測試數字：需要它們的部分會保持空白。</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>The maps, nearest digits and test digits need it; everything else works without.</source>
        <translation>潛在空間圖、最近鄰數字與測試數字都需要它；其他功能不需要也能使用。</translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation>潛在空間圖</translation>
    </message>
    <message>
        <source>Nearest digits</source>
        <translation>最近鄰數字</translation>
    </message>
    <message>
        <source>Code editor</source>
        <translation>編碼編輯器</translation>
    </message>
    <message>
        <source>Morph</source>
        <translation>漸變</translation>
    </message>
    <message>
        <source>Export session…</source>
        <translation>匯出工作階段…</translation>
    </message>
    <message>
        <source>Save the drawing, the model input and every model&apos;s code and reconstruction</source>
        <translation>儲存手繪圖、模型輸入，以及每個模型的編碼與重建結果</translation>
    </message>
    <message>
        <source>Export morph strip…</source>
        <translation>匯出漸變影像條…</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>下載 MNIST</translation>
    </message>
    <message>
        <source>Choose MNIST folder…</source>
        <translation>選擇 MNIST 資料夾…</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>沒有可匯出的內容</translation>
    </message>
    <message>
        <source>The models are still loading.</source>
        <translation>模型仍在載入中。</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>匯出工作階段</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation>NumPy 封存檔 (*.npz)</translation>
    </message>
    <message>
        <source>Fill both morph slots (A and B) first.</source>
        <translation>請先填好漸變的兩端（A 與 B）。</translation>
    </message>
    <message>
        <source>Export morph strip</source>
        <translation>匯出漸變影像條</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>The files could not be written: {0}.
Choose a folder you can write to, with free space.</source>
        <translation>無法寫入檔案：{0}。
請選擇有寫入權限且有可用空間的資料夾。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>These files exist already in {0}:
{1}

Replace them?</source>
        <translation>{0} 中已有這些檔案：
{1}

要取代它們嗎？</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>要取代檔案嗎？</translation>
    </message>
</context>
<context>
    <name>FunctionWorker</name>
    <message>
        <source>{0} ran out of memory. Try a smaller batch size, fewer training digits or a smaller model, and close other programs.</source>
        <translation>{0}時記憶體不足。請試試較小的批次大小、較少的訓練數字或較小的模型，並關閉其他程式。</translation>
    </message>
    <message>
        <source>{0} stopped: {1}</source>
        <translation>{0}時停止：{1}</translation>
    </message>
    <message>
        <source>A file could not be written or read ({0}). Nothing was saved: check the free space and the folders&apos; permissions.</source>
        <translation>無法寫入或讀取檔案（{0}）。沒有儲存任何內容：請檢查可用空間與資料夾的權限。</translation>
    </message>
    <message>
        <source>{0} stopped with an unexpected error ({1}: {2}). Nothing was saved; the details are in the log.</source>
        <translation>{0}時發生未預期的錯誤而停止（{1}：{2}）。沒有儲存任何內容；詳細資訊請見記錄檔。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>What an autoencoder is</source>
        <translation>什麼是自編碼器</translation>
    </message>
    <message>
        <source>An autoencoder is two networks back to back. The &lt;b&gt;encoder&lt;/b&gt; turns a digit image into a short list of numbers, the &lt;b&gt;code&lt;/b&gt;. The &lt;b&gt;decoder&lt;/b&gt; turns the code back into an image, the &lt;b&gt;reconstruction&lt;/b&gt;. The decoder never sees the input: everything it draws comes from the code.</source>
        <translation>自編碼器是兩個前後相接的網路。&lt;b&gt;編碼器&lt;/b&gt;把數字影像轉成一小串數值，也就是&lt;b&gt;編碼&lt;/b&gt;。&lt;b&gt;解碼器&lt;/b&gt;再把編碼轉回影像，也就是&lt;b&gt;重建結果&lt;/b&gt;。解碼器從來看不到輸入：它畫出的一切都來自編碼。</translation>
    </message>
    <message>
        <source>An MNIST digit is 28 × 28 = 784 grey values between 0 (black) and 1 (white). Training shows the network thousands of digits and changes its weights until the reconstructions are as close to the inputs as they can be. Nobody tells it what the code should mean: it finds a code that works.</source>
        <translation>一個 MNIST 數字是 28 × 28 = 784 個灰階值，介於 0（黑）與 1（白）之間。訓練時讓網路看過成千上萬個數字，並不斷調整權重，直到重建結果盡可能接近輸入。沒有人告訴它編碼應該代表什麼：它會自己找出行得通的編碼。</translation>
    </message>
    <message>
        <source>Draw a digit and watch each model&apos;s reconstruction. Then draw something that is not a digit: the decoders can only draw what they learned.</source>
        <translation>畫一個數字，觀察每個模型的重建結果。接著畫一個不是數字的東西：解碼器只畫得出它學過的東西。</translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation>重建結果</translation>
    </message>
    <message>
        <source>Each tile is one model&apos;s attempt to rebuild your drawing from its code, with its error (BCE and MSE) against the model input. Click a tile to see that model&apos;s code and card.</source>
        <translation>每個圖塊是一個模型從編碼重建你的手繪圖的結果，並附上它與模型輸入之間的誤差（BCE 與 MSE）。點選圖塊即可查看該模型的編碼與模型卡。</translation>
    </message>
    <message>
        <source>Your drawing is made to look like an MNIST digit (the model input, bottom left), then every model encodes and decodes it in one call, while you draw.</source>
        <translation>你的手繪圖會先被處理成像 MNIST 數字的樣子（即左下方的模型輸入），接著在你繪圖的同時，每個模型一次完成編碼與解碼。</translation>
    </message>
    <message>
        <source>Draw slowly and watch the tiles change mid-stroke. Which model keeps the most detail? Which one has the lowest error?</source>
        <translation>慢慢畫，觀察圖塊在筆畫進行中的變化。哪個模型保留最多細節？哪個模型的誤差最低？</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>The numbers the encoder makes of your drawing: everything the decoder knows. Dense models show one bar per value; a 2-D code is a point on a plane; a convolutional code is a stack of small feature maps.</source>
        <translation>編碼器從你的手繪圖得出的數值：也就是解碼器所知道的全部。全連接模型的每個數值顯示為一個長條；二維編碼是平面上的一個點；卷積編碼則是一疊小型特徵圖。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;compression factor&lt;/b&gt; is 784 divided by the number of code values: the vanilla model keeps 32 values, 784 / 32 = 24.5×. The denoiser&apos;s code has 7 × 7 × 32 = 1568 values, more than the image (0.5×): it is not there to compress but to clean, and a generous code lets it keep every stroke.</source>
        <translation>&lt;b&gt;壓縮倍率&lt;/b&gt;是 784 除以編碼的數值個數：基本模型保留 32 個數值，784 / 32 = 24.5×。去雜訊模型的編碼有 7 × 7 × 32 = 1568 個數值，比影像本身還多（0.5×）：它的目的不是壓縮而是去除雜訊，寬裕的編碼讓它能保留每一筆畫。</translation>
    </message>
    <message>
        <source>Draw a 1 and then an 8 and compare their codes. Select the sparse model: how many of its values are exactly zero?</source>
        <translation>先畫 1 再畫 8，比較它們的編碼。選擇稀疏模型：它有多少數值恰好為零？</translation>
    </message>
    <message>
        <source>BCE and MSE: how far a reconstruction is</source>
        <translation>BCE 與 MSE：重建結果差多遠</translation>
    </message>
    <message>
        <source>&lt;b&gt;MSE&lt;/b&gt; (mean squared error) is the average of (input − output)² over the 784 pixels: 0 means identical. &lt;b&gt;BCE&lt;/b&gt; (binary cross-entropy) treats every pixel as a probability of ink and measures how surprised the model is by the real pixel; the models were trained to make it small.</source>
        <translation>&lt;b&gt;MSE&lt;/b&gt;（均方誤差）是 784 個像素上 (輸入 − 輸出)² 的平均值：0 表示完全相同。&lt;b&gt;BCE&lt;/b&gt;（二元交叉熵）把每個像素視為「有墨跡」的機率，衡量模型對真實像素有多「意外」；這些模型的訓練目標就是讓它盡量小。</translation>
    </message>
    <message>
        <source>BCE = −mean(x·log y + (1−x)·log(1−y)) for input x and output y. For a grey pixel (x = 0.5) even a perfect output y = 0.5 costs log 2 ≈ 0.69, so BCE has a &lt;b&gt;floor&lt;/b&gt; above 0 for every input with grey edges: about 0.06 for an MNIST test digit, more for a drawing with soft edges. That is why a good model shows 0.07–0.10, not 0. The floor of the current drawing is shown below.</source>
        <translation>BCE = −mean(x·log y + (1−x)·log(1−y))，其中 x 為輸入、y 為輸出。對灰色像素（x = 0.5）而言，即使輸出完美的 y = 0.5，也要付出 log 2 ≈ 0.69，因此只要輸入有灰色邊緣，BCE 就有一個高於 0 的&lt;b&gt;下限&lt;/b&gt;：MNIST 測試數字約為 0.06，邊緣柔和的手繪圖會更高。這就是為什麼好的模型顯示 0.07–0.10，而不是 0。目前手繪圖的下限顯示在下方。</translation>
    </message>
    <message>
        <source>Compare the BCE of two models on the same drawing: the difference is what counts. Hover over any number to see what it is.</source>
        <translation>在同一張手繪圖上比較兩個模型的 BCE：重要的是兩者的差距。將滑鼠移到任何數字上，就能看到它代表什麼。</translation>
    </message>
    <message>
        <source>The model input</source>
        <translation>模型輸入</translation>
    </message>
    <message>
        <source>What the models really see: your drawing made to look like an MNIST digit.</source>
        <translation>模型真正看到的東西：處理成像 MNIST 數字的手繪圖。</translation>
    </message>
    <message>
        <source>Like MNIST&apos;s own digits, the drawing is cropped to its ink, scaled so that its longer side is 20 pixels, centred by its centre of mass in a 28 × 28 image, and its stroke width evened out. Turn off &quot;MNIST preprocessing&quot; to feed the canvas shrunk as it is.</source>
        <translation>和 MNIST 本身的數字一樣，手繪圖會被裁切到墨跡範圍、縮放到長邊為 20 像素、依質心置中於 28 × 28 的影像中，並統一筆畫粗細。關閉「MNIST 前處理」，則會把畫布直接縮小後輸入模型。</translation>
    </message>
    <message>
        <source>Draw a tiny digit in a corner: with preprocessing the models still see a centred digit. Turn preprocessing off and see how much worse they do.</source>
        <translation>在角落畫一個很小的數字：有前處理時，模型看到的仍是置中的數字。關閉前處理，看看它們的表現差了多少。</translation>
    </message>
    <message>
        <source>Brush size and hardness</source>
        <translation>筆刷大小與硬度</translation>
    </message>
    <message>
        <source>Brush size is the pen&apos;s diameter in model pixels; hardness is how sharp its edge is (100% a hard edge, 0% a soft, fading one).</source>
        <translation>筆刷大小是筆的直徑，以模型像素為單位；硬度是邊緣的銳利程度（100% 為硬邊，0% 為柔和、漸淡的邊緣）。</translation>
    </message>
    <message>
        <source>MNIST digits were scanned pen strokes with soft, grey edges. A medium size and hardness give strokes like theirs; preprocessing evens out the width afterwards.</source>
        <translation>MNIST 的數字是掃描而來的筆跡，邊緣柔和且呈灰色。中等的大小與硬度能畫出類似的筆畫；之後前處理還會再統一筆畫粗細。</translation>
    </message>
    <message>
        <source>Draw the same digit with a hard and a soft brush and compare the errors.</source>
        <translation>分別用硬筆刷和軟筆刷畫同一個數字，比較兩者的誤差。</translation>
    </message>
    <message>
        <source>The noise demo</source>
        <translation>雜訊示範</translation>
    </message>
    <message>
        <source>Your drawing with noise added (left), what the denoising model makes of it (middle) and what a plain model makes of it (right). Each error is measured against your clean drawing, not the noisy one.</source>
        <translation>加上雜訊的手繪圖（左）、去雜訊模型處理後的結果（中）與一般模型處理後的結果（右）。每個誤差都是與你乾淨的手繪圖比較，而不是與含雜訊的那張比較。</translation>
    </message>
    <message>
        <source>Gaussian noise adds a random amount to every pixel; salt and pepper sets random pixels to black or white; masking switches random pixels off. The level is how strong the noise is. The denoiser was trained to output clean digits from noisy ones, so it learned to ignore noise; the plain model was trained to copy, so it copies the noise too. At high levels the noise hides most of the digit, and the denoiser&apos;s output fades towards an empty, dark image: its safest guess when nothing looks like a digit any more.</source>
        <translation>高斯雜訊會替每個像素加上隨機的數值；椒鹽雜訊會把隨機的像素設成黑色或白色；遮罩雜訊會把隨機的像素關閉。強度代表雜訊有多強。去雜訊模型的訓練目標是從含雜訊的數字輸出乾淨的數字，因此學會了忽略雜訊；一般模型的訓練目標是複製輸入，所以連雜訊也一併複製。雜訊強度很高時，雜訊會遮住數字的大部分，去雜訊模型的輸出會漸漸變成一片空白的暗色影像：當眼前已經沒有任何像數字的東西時，這是它最保險的猜測。</translation>
    </message>
    <message>
        <source>Move the slider slowly from 0 to 1 and watch where each model gives up. Press &quot;New noise&quot; for another random pattern.</source>
        <translation>把滑桿從 0 慢慢移到 1，觀察每個模型在哪裡放棄。按「新雜訊」可以換一組隨機圖樣。</translation>
    </message>
    <message>
        <source>The model card</source>
        <translation>模型卡</translation>
    </message>
    <message>
        <source>What the selected model is: its layers with their output shapes, the tutorial it follows, how it was trained and its error on the 10,000 MNIST test digits.</source>
        <translation>所選模型的基本資料：各層及其輸出形狀、所依據的教學、訓練方式，以及在 10,000 個 MNIST 測試數字上的誤差。</translation>
    </message>
    <message>
        <source>The test error is measured on digits the model never saw in training, so it tells how well the model generalises.</source>
        <translation>測試誤差是在模型訓練時從未看過的數字上測得的，因此能反映模型的泛化能力。</translation>
    </message>
    <message>
        <source>Compare the layer lists of the vanilla and the deep model: same code size, more layers.</source>
        <translation>比較基本模型與深層模型的層列表：編碼大小相同，但層數更多。</translation>
    </message>
    <message>
        <source>The latent map</source>
        <translation>潛在空間圖</translation>
    </message>
    <message>
        <source>Every dot is one MNIST test digit placed at its 2-value code and coloured by what digit it really is. The &lt;b&gt;star&lt;/b&gt; is your drawing&apos;s code; the &lt;b&gt;cross&lt;/b&gt; is the point you clicked, decoded on the right; the &lt;b&gt;dashed box&lt;/b&gt; is the range the manifold below covers.</source>
        <translation>每個點是一個 MNIST 測試數字，放在它的 2 值編碼所在的位置，並依它實際是哪個數字上色。&lt;b&gt;星號&lt;/b&gt;是你的手繪圖的編碼；&lt;b&gt;叉號&lt;/b&gt;是你點選的位置，其解碼結果顯示在右側；&lt;b&gt;虛線框&lt;/b&gt;是下方流形涵蓋的範圍。</translation>
    </message>
    <message>
        <source>The encoder of a model with a 2-value code turns each digit into a point; decoding a point shows what the model imagines there. The manifold decodes an n × n grid of points over the box.</source>
        <translation>編碼為 2 個數值的模型，其編碼器會把每個數字轉成一個點；解碼一個點，就能看到模型在那裡想像出什麼。流形會在框內解碼一個 n × n 的點網格。</translation>
    </message>
    <message>
        <source>Click between two clusters: what does the decoder draw there? Compare the 2-D latent model with the VAE.</source>
        <translation>點選兩個群集之間的位置：解碼器在那裡畫出什麼？比較二維潛在空間模型與 VAE。</translation>
    </message>
    <message>
        <source>Editing the code</source>
        <translation>編輯編碼</translation>
    </message>
    <message>
        <source>One slider per code value, starting at your drawing&apos;s code. Moving a slider changes that value and decodes the result at once.</source>
        <translation>每個編碼值對應一個滑桿，起始值為你的手繪圖的編碼。移動滑桿會改變該數值，並立即解碼出結果。</translation>
    </message>
    <message>
        <source>σ (sigma) beside a value is its standard deviation over the test digits: how much that value usually varies. The sliders are ordered by σ, most varied first, and span a few σ around the typical values.</source>
        <translation>數值旁的 σ（sigma）是它在測試數字上的標準差：代表該數值通常的變化幅度。滑桿依 σ 排序，變化最大的排在前面，範圍涵蓋典型值上下幾個 σ。</translation>
    </message>
    <message>
        <source>Move the first slider: which stroke does it control? Values with a small σ change little.</source>
        <translation>移動第一個滑桿：它控制哪一筆畫？σ 小的數值變化不大。</translation>
    </message>
    <message>
        <source>Nearest digits and the verdict</source>
        <translation>最近鄰數字與判定</translation>
    </message>
    <message>
        <source>The test digits whose codes are closest to your drawing&apos;s code, with their distance, and a verdict: the digit most of them are.</source>
        <translation>編碼與你的手繪圖編碼最接近的測試數字，附上它們的距離，以及判定結果：其中多數是哪個數字。</translation>
    </message>
    <message>
        <source>Distance is measured between codes (the straight-line distance, on codes scaled by their spread). Real digits usually sit close to neighbours of their own class; a drawing far from every test digit does not look like any digit.</source>
        <translation>距離是在編碼之間測量的（直線距離，編碼已依其分散程度縮放）。真實的數字通常很接近同類別的鄰居；離所有測試數字都很遠的手繪圖，看起來就不像任何數字。</translation>
    </message>
    <message>
        <source>Draw a 4 that could be a 9 and see how the votes split. Draw a letter and watch the distances grow.</source>
        <translation>畫一個可能被看成 9 的 4，看看票數如何分配。畫一個字母，觀察距離變大。</translation>
    </message>
    <message>
        <source>Training a model</source>
        <translation>訓練模型</translation>
    </message>
    <message>
        <source>A real Keras fit in the background: the loss per batch and per epoch, the validation loss on digits held out from training, and after each epoch the reconstructions of ten test digits and of your drawing.</source>
        <translation>在背景執行真正的 Keras fit：顯示每個批次與每個訓練週期的損失、在訓練時保留下來的數字上計算的驗證損失，以及每個訓練週期結束後，十個測試數字與你的手繪圖的重建結果。</translation>
    </message>
    <message>
        <source>Each epoch passes over all training digits once, in batches; after every batch the optimizer nudges the weights to lower the loss. If the validation loss stops falling while the training loss still does, the model has started to memorise.</source>
        <translation>每個訓練週期會以批次為單位，把所有訓練數字走過一遍；每個批次之後，最佳化器會微調權重以降低損失。如果驗證損失不再下降，而訓練損失仍在下降，表示模型已經開始死記訓練資料。</translation>
    </message>
    <message>
        <source>Train a vanilla model with a code of 8 for 2 epochs and compare its error with the shipped one.</source>
        <translation>訓練一個編碼大小為 8 的基本模型 2 個訓練週期，並將它的誤差與內建模型比較。</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Explain: {0}</source>
        <translation>說明：{0}</translation>
    </message>
    <message>
        <source>Explain this panel</source>
        <translation>說明這個面板</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Autoencoder Studio could not save the choice ({0}). Start it with --language {1} to use that language.</source>
        <translation>Autoencoder Studio 無法儲存此選擇（{0}）。若要使用該語言，請以 --language {1} 啟動程式。</translation>
    </message>
    <message>
        <source>Autoencoder Studio could not start again by itself. Start it as usual: it will speak {0}.</source>
        <translation>Autoencoder Studio 無法自動重新啟動。請照常啟動程式，介面將改用{0}。</translation>
    </message>
    <message>
        <source>Autoencoder Studio will speak {0} from its next start.</source>
        <translation>Autoencoder Studio 下次啟動時將改用{0}。</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>立即重新啟動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍後(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LatentMapPage</name>
    <message>
        <source>Click or drag on the map to decode any point.</source>
        <translation>在圖上點選或拖曳，即可解碼任何一點。</translation>
    </message>
    <message>
        <source>How many decoded digits the grid has along each side.</source>
        <translation>網格每邊有幾個解碼出的數字。</translation>
    </message>
    <message>
        <source>The smallest z₁ the grid decodes.</source>
        <translation>網格解碼的最小 z₁。</translation>
    </message>
    <message>
        <source>The largest z₁ the grid decodes.</source>
        <translation>網格解碼的最大 z₁。</translation>
    </message>
    <message>
        <source>The smallest z₂ the grid decodes.</source>
        <translation>網格解碼的最小 z₂。</translation>
    </message>
    <message>
        <source>The largest z₂ the grid decodes.</source>
        <translation>網格解碼的最大 z₂。</translation>
    </message>
    <message>
        <source>Fit to the test digits</source>
        <translation>調整至測試數字的範圍</translation>
    </message>
    <message>
        <source>Manifold: an n × n grid of decodes over the range</source>
        <translation>流形：在範圍內解碼的 n × n 網格</translation>
    </message>
    <message>
        <source>Decoded point</source>
        <translation>解碼的點</translation>
    </message>
    <message>
        <source>Manifold range</source>
        <translation>流形範圍</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x 從</translation>
    </message>
    <message>
        <source>x to</source>
        <translation>x 到</translation>
    </message>
    <message>
        <source>y from</source>
        <translation>y 從</translation>
    </message>
    <message>
        <source>y to</source>
        <translation>y 到</translation>
    </message>
    <message>
        <source>{0}: code value 1</source>
        <translation>{0}：編碼值 1</translation>
    </message>
    <message>
        <source>code value 2</source>
        <translation>編碼值 2</translation>
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
        <translation>準備好後請按「下一步」。</translation>
    </message>
    <message>
        <source>Waiting for a drawing the app reads as a {0}.</source>
        <translation>正在等待一張會被判讀為 {0} 的手繪圖。</translation>
    </message>
    <message>
        <source>Waiting for a drawing the app reads as a digit.</source>
        <translation>正在等待一張會被判讀為數字的手繪圖。</translation>
    </message>
    <message>
        <source>Waiting for a drawing that is not a digit.</source>
        <translation>正在等待一張不是數字的手繪圖。</translation>
    </message>
    <message>
        <source>Waiting for you to open that tab.</source>
        <translation>正在等待你開啟該分頁。</translation>
    </message>
    <message>
        <source>Waiting for you to select that model.</source>
        <translation>正在等待你選擇該模型。</translation>
    </message>
    <message>
        <source>Waiting for that noise in the noise demo.</source>
        <translation>正在等待你在雜訊示範中設定該雜訊。</translation>
    </message>
    <message>
        <source>Waiting for a click on the map in the right place.</source>
        <translation>正在等待你在圖上正確的位置點一下。</translation>
    </message>
    <message>
        <source>Waiting for a finished training run with those settings.</source>
        <translation>正在等待以這些設定完成一次訓練。</translation>
    </message>
    <message>
        <source>The lesson you are following and which of its steps you are on.</source>
        <translation>你正在進行的課程，以及目前在第幾個步驟。</translation>
    </message>
    <message>
        <source>What this step explains and asks you to do; the app sees when it is done.</source>
        <translation>這個步驟說明的內容與要你做的事；完成後程式會自動偵測。</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Show a hint for this step</source>
        <translation>顯示這個步驟的提示</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Stop lesson</source>
        <translation>停止課程</translation>
    </message>
    <message>
        <source>Hide the lesson bar; the Lessons tab remembers where you are</source>
        <translation>隱藏課程列；「課程」分頁會記住你的進度</translation>
    </message>
    <message>
        <source>{0}: finished</source>
        <translation>{0}：已完成</translation>
    </message>
    <message>
        <source>Well done! The lesson&apos;s question is waiting in the Lessons tab.</source>
        <translation>做得好！課程的問題正在「課程」分頁等著你。</translation>
    </message>
    <message>
        <source>{0} · step {1} of {2}</source>
        <translation>{0} · 第 {1} 步，共 {2} 步</translation>
    </message>
    <message>
        <source>✓ Step {0} done.</source>
        <translation>✓ 第 {0} 步完成。</translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <source>Each lesson follows a tutorial; ✓ marks the ones you finished</source>
        <translation>每個課程都依循一份教學；✓ 標示你已完成的課程</translation>
    </message>
    <message>
        <source>The lesson&apos;s number in the list and its title.</source>
        <translation>課程在列表中的編號與標題。</translation>
    </message>
    <message>
        <source>The lesson&apos;s steps in order; ▶ marks the one to do now.</source>
        <translation>課程的步驟依序排列；▶ 標示目前要做的步驟。</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>開始課程</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>顯示答案</translation>
    </message>
    <message>
        <source>Open my lessons folder</source>
        <translation>開啟我的課程資料夾</translation>
    </message>
    <message>
        <source>Put lesson files of your own here (see docs/LESSONS.md), then reload; a lesson with the same file name replaces the shipped one</source>
        <translation>把你自己的課程檔案放在這裡（請參閱 docs/LESSONS.md），然後重新載入；檔名相同的課程會取代內建課程</translation>
    </message>
    <message>
        <source>Reload lessons</source>
        <translation>重新載入課程</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation>&lt;b&gt;課程&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Skipped (damaged): {0}. Details are in the log.</source>
        <translation>已略過（已損毀）：{0}。詳細資訊請見記錄檔。</translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation>找不到課程</translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation>問題：{0}</translation>
    </message>
    <message>
        <source>Continue lesson</source>
        <translation>繼續課程</translation>
    </message>
    <message>
        <source>Could not open a file manager. The folder is: {0}</source>
        <translation>無法開啟檔案管理員。資料夾位於：{0}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>epoch</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>val_loss</source>
        <translation>驗證損失</translation>
    </message>
    <message>
        <source>{0} ({1:.4f})</source>
        <translation>{0}（{1:.4f}）</translation>
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
        <translation>繪圖</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>繪圖(&amp;D)</translation>
    </message>
    <message>
        <source>Draw tab</source>
        <translation>繪圖分頁</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>訓練(&amp;T)</translation>
    </message>
    <message>
        <source>Train tab</source>
        <translation>訓練分頁</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>探索(&amp;E)</translation>
    </message>
    <message>
        <source>Explore tab</source>
        <translation>探索分頁</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>課程(&amp;L)</translation>
    </message>
    <message>
        <source>Lessons tab</source>
        <translation>課程分頁</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>開始導覽(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Autoencoder Studio</source>
        <translation>關於 Autoencoder Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Draw a digit here with the mouse: left button draws, right button erases, Ctrl+Z undoes a stroke.</source>
        <translation>用滑鼠在這裡畫一個數字：左鍵繪製，右鍵擦除，Ctrl+Z 復原一筆。</translation>
    </message>
    <message>
        <source>Every model rebuilds your drawing while you draw. The numbers are their errors; click a model to look inside it.</source>
        <translation>在你繪圖的同時，每個模型都會重建你的手繪圖。數字是它們的誤差；點選模型即可查看它的內部。</translation>
    </message>
    <message>
        <source>The code: the few numbers the selected model keeps of your drawing. Its decoder draws the reconstruction from these alone.</source>
        <translation>編碼：所選模型從你的手繪圖保留下來的少數幾個數值。它的解碼器只靠這些數值畫出重建結果。</translation>
    </message>
    <message>
        <source>Add noise to your drawing and see the denoising model clean it up while a plain model copies the noise.</source>
        <translation>替你的手繪圖加上雜訊，看看去雜訊模型如何把它清乾淨，而一般模型卻連雜訊一起複製。</translation>
    </message>
    <message>
        <source>New to autoencoders? The Lessons tab walks you through the tutorials step by step. Every &quot;?&quot; explains its panel.</source>
        <translation>第一次接觸自編碼器嗎？「課程」分頁會一步步帶你走過這些教學。每個「?」都會說明它所在的面板。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>啟動中…</translation>
    </message>
    <message>
        <source>What the app is doing: how many models are loaded and how long that took.</source>
        <translation>程式目前的狀態：已載入多少模型，以及花了多少時間。</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>正在載入模型…</translation>
    </message>
    <message>
        <source>Loading TensorFlow and the pretrained models…</source>
        <translation>正在載入 TensorFlow 與預訓練模型…</translation>
    </message>
    <message numerus="yes">
        <source>%n models ready (loaded in {0:.1f} s).</source>
        <translation>
            <numerusform>%n 個模型已就緒（載入耗時 {0:.1f} 秒）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unavailable: {0}.</source>
        <translation>
            <numerusform>%n 個無法使用：{0}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The models could not be loaded.</source>
        <translation>無法載入模型。</translation>
    </message>
    <message>
        <source>Models not loaded</source>
        <translation>模型未載入</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>&lt;b&gt;Autoencoder Studio {0}&lt;/b&gt;&lt;p&gt;Draw a digit and watch a zoo of MNIST autoencoders reconstruct it, live. Train your own in the Train tab, look inside their code space in the Explore tab.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Autoencoder Studio {0}&lt;/b&gt;&lt;p&gt;畫一個數字，即時觀看一整組 MNIST 自編碼器重建它。你可以在「訓練」分頁訓練自己的模型，並在「探索」分頁深入查看它們的編碼空間。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where the files are&lt;/b&gt;&lt;br&gt;Program: {0}&lt;br&gt;Shipped models: {1}&lt;br&gt;Bundled MNIST: {2}&lt;br&gt;Your trained models: {3}&lt;br&gt;Downloaded datasets: {4}&lt;br&gt;Settings: {5}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;檔案位置&lt;/b&gt;&lt;br&gt;程式：{0}&lt;br&gt;內建模型：{1}&lt;br&gt;隨附的 MNIST：{2}&lt;br&gt;你訓練的模型：{3}&lt;br&gt;下載的資料集：{4}&lt;br&gt;設定：{5}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The code and the shipped weights are under the MIT licence. The MNIST database is © Yann LeCun and Corinna Cortes, under CC BY-SA 3.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;程式碼與內建權重採用 MIT 授權條款。MNIST 資料庫 © Yann LeCun 與 Corinna Cortes，採用 CC BY-SA 3.0 授權。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Autoencoder Studio</source>
        <translation>關於 Autoencoder Studio</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>cosine</source>
        <translation>餘弦衰減</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>未知資料</translation>
    </message>
    <message>
        <source>Not recorded (an untrained or imported model).</source>
        <translation>未記錄（未經訓練或匯入的模型）。</translation>
    </message>
    <message numerus="yes">
        <source>{0}, {1} epochs in %n stages</source>
        <translation>
            <numerusform>{0}，分 %n 個階段，共 {1} 個訓練週期</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, epochs not recorded</source>
        <translation>{0}，未記錄訓練週期數</translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs (best {1})</source>
        <translation>
            <numerusform>{0}，%n 個訓練週期（最佳為第 {1} 個）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs</source>
        <translation>
            <numerusform>{0}，%n 個訓練週期</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, learning rate {1} {2}, {3} loss, batch {4}</source>
        <translation>{0}，學習率 {1} {2}，{3} 損失，批次 {4}</translation>
    </message>
    <message>
        <source>inputs with noise {0} ({1}, one per digit)</source>
        <translation>輸入加上強度 {0} 的雜訊（{1}，每個數字一種）</translation>
    </message>
    <message numerus="yes">
        <source>then %n epochs from learning rate {0} {1}</source>
        <translation>
            <numerusform>接著從學習率 {0} {1} 再訓練 %n 個訓練週期</numerusform>
        </translation>
    </message>
    <message>
        <source>{0:.0%} of code values exactly zero</source>
        <translation>{0:.0%} 的編碼值恰好為零</translation>
    </message>
    <message>
        <source>widest digit class spreads {0:.1f}× as wide as the median class</source>
        <translation>分布最廣的數字類別，範圍是中位數類別的 {0:.1f}×</translation>
    </message>
    <message>
        <source>BCE under noise 0.5: {0}</source>
        <translation>雜訊強度 0.5 時的 BCE：{0}</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>未記錄。</translation>
    </message>
    <message>
        <source>loss {0:.4f} after epoch {1}, {2:.4f} after epoch {3} (validation {4:.4f})</source>
        <translation>第 {1} 個訓練週期後損失為 {0:.4f}，第 {3} 個訓練週期後為 {2:.4f}（驗證 {4:.4f}）</translation>
    </message>
    <message>
        <source>Not measured.</source>
        <translation>未測量。</translation>
    </message>
    <message>
        <source>BCE {0:.4f}, MSE {1:.4f} on the 10,000 test digits</source>
        <translation>在 10,000 個測試數字上：BCE {0:.4f}，MSE {1:.4f}</translation>
    </message>
    <message>
        <source>target ≤ {0:.4f}</source>
        <translation>目標 ≤ {0:.4f}</translation>
    </message>
    <message>
        <source>the tutorial reports {0}</source>
        <translation>教學中報告的值為 {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0}. {1}.</source>
        <translation>{0}。{1}。</translation>
    </message>
    <message numerus="yes">
        <source>Yours, trained %n epochs on {0}.</source>
        <translation>
            <numerusform>你的模型，以 {0} 訓練 %n 個訓練週期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours, opened from a file.</source>
        <translation>你的模型，從檔案開啟。</translation>
    </message>
    <message>
        <source>Recipe from</source>
        <translation>配方來源</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>教學</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}, {3:.1f}× compression</source>
        <translation>{0}：{1} → {2}，壓縮 {3:.1f}×</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>訓練設定</translation>
    </message>
    <message>
        <source>History</source>
        <translation>訓練歷程</translation>
    </message>
    <message>
        <source>Test error</source>
        <translation>測試誤差</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數數量</translation>
    </message>
    <message>
        <source>Restore the shipped model</source>
        <translation>恢復內建模型</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>輸出形狀</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>參數數</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>各層</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Show the Keras code</source>
        <translation>顯示 Keras 程式碼</translation>
    </message>
    <message>
        <source>Unavailable:</source>
        <translation>無法使用：</translation>
    </message>
</context>
<context>
    <name>ModelHub</name>
    <message>
        <source>Loading the models</source>
        <translation>載入模型</translation>
    </message>
    <message>
        <source>The models could not be loaded. {0}</source>
        <translation>無法載入模型。{0}</translation>
    </message>
    <message>
        <source>No shipped model is named {0}.</source>
        <translation>沒有名為 {0} 的內建模型。</translation>
    </message>
</context>
<context>
    <name>ModelOpener</name>
    <message>
        <source>Opening the model</source>
        <translation>開啟模型</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>ModelTile</name>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
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
        <translation>來自手繪圖</translation>
    </message>
    <message>
        <source>Where this end&apos;s digit comes from: the drawing or an MNIST test digit (#number).</source>
        <translation>這一端的數字來源：手繪圖或 MNIST 測試數字（#編號）。</translation>
    </message>
    <message>
        <source>Show this MNIST test digit here</source>
        <translation>在這裡顯示這個 MNIST 測試數字</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>隨機</translation>
    </message>
    <message>
        <source>A random MNIST test digit</source>
        <translation>隨機的 MNIST 測試數字</translation>
    </message>
    <message>
        <source>Test digit</source>
        <translation>測試數字</translation>
    </message>
    <message>
        <source>Shows: {0}</source>
        <translation>顯示：{0}</translation>
    </message>
</context>
<context>
    <name>MorphPage</name>
    <message>
        <source>How far along the straight line from A&apos;s code to B&apos;s the decoded code is.</source>
        <translation>解碼的編碼位於從 A 的編碼到 B 的編碼這條直線上的哪個位置。</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> 張</translation>
    </message>
    <message>
        <source>How many images the strip from A to B has.</source>
        <translation>從 A 到 B 的影像條有幾張影像。</translation>
    </message>
    <message>
        <source>Export strip…</source>
        <translation>匯出影像條…</translation>
    </message>
    <message>
        <source>Strip:</source>
        <translation>影像條：</translation>
    </message>
    <message>
        <source>Morph</source>
        <translation>漸變</translation>
    </message>
    <message>
        <source>Strip from A to B</source>
        <translation>從 A 到 B 的影像條</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>手繪圖</translation>
    </message>
    <message>
        <source>test digit #{0}, a {1}</source>
        <translation>測試數字 #{0}（{1}）</translation>
    </message>
    <message>
        <source>{0:.0%} of the way from A to B</source>
        <translation>從 A 到 B 的 {0:.0%} 處</translation>
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
        <translation>要顯示幾個最接近的測試數字。</translation>
    </message>
    <message>
        <source>Neighbours:</source>
        <translation>近鄰：</translation>
    </message>
    <message>
        <source>The drawing, as the models see it</source>
        <translation>模型眼中的手繪圖</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab.</source>
        <translation>請在「繪圖」分頁畫一個數字。</translation>
    </message>
    <message>
        <source>The verdict: the digit most of the nearest training digits (by distance between codes) are, how many of them agree, and how typical the drawing is.</source>
        <translation>判定結果：最接近的訓練數字（依編碼之間的距離）中多數是哪個數字、其中有幾個一致，以及這張手繪圖有多典型。</translation>
    </message>
    <message>
        <source>Nearest MNIST test digits by code direction (label · distance)</source>
        <translation>依編碼方向最接近的 MNIST 測試數字（標籤 · 距離）</translation>
    </message>
    <message>
        <source>All test codes projected on their two main axes (PCA)</source>
        <translation>所有測試編碼投影到它們的兩個主軸上（PCA）</translation>
    </message>
    <message>
        <source>axis 1 ({0:.0%} of the variance)</source>
        <translation>軸 1（變異數的 {0:.0%}）</translation>
    </message>
    <message>
        <source>axis 2 ({0:.0%})</source>
        <translation>軸 2（{0:.0%}）</translation>
    </message>
    <message>
        <source>Encoding the test digits…</source>
        <translation>正在編碼測試數字…</translation>
    </message>
    <message>
        <source>The nearest digits need the MNIST test digits.</source>
        <translation>最近鄰數字需要 MNIST 測試數字。</translation>
    </message>
    <message>
        <source>No verdict: {0}</source>
        <translation>無法判定：{0}</translation>
    </message>
    <message>
        <source>Looks like a &lt;b&gt;{0}&lt;/b&gt;: {1} of {2} nearest training digits agree · typicality {3:.0%}</source>
        <translation>看起來像 &lt;b&gt;{0}&lt;/b&gt;：{2} 個最接近的訓練數字中有 {1} 個一致 · 典型度 {3:.0%}</translation>
    </message>
    <message>
        <source>its nearest training digits (mostly {0}s) are {1:.2f} away in the judging models&apos; codes, where a digit&apos;s usually are {2:.2f}–{3:.2f} away</source>
        <translation>在用於判定的模型編碼中，它最接近的訓練數字（大多是 {0}）距離 {1:.2f}，而數字與其最近鄰通常相距 {2:.2f}–{3:.2f}</translation>
    </message>
    <message>
        <source>its code is far from every digit&apos;s usual codes</source>
        <translation>它的編碼離所有數字的常見編碼都很遠</translation>
    </message>
    <message>
        <source>the models cannot redraw it well</source>
        <translation>模型無法把它重畫好</translation>
    </message>
    <message>
        <source>its nearest digits disagree</source>
        <translation>它的最近鄰數字意見不一</translation>
    </message>
    <message>
        <source>&lt;b&gt;Does not look like any digit&lt;/b&gt;: {0}. Typicality {1:.1%}; a digit needs {2:.0%}.</source>
        <translation>&lt;b&gt;看起來不像任何數字&lt;/b&gt;：{0}。典型度 {1:.1%}；數字至少需要 {2:.0%}。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons a drawing is no digit</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>NoisePanel</name>
    <message>
        <source>Noise factor: 0 is the clean drawing, 1 the strongest noise.</source>
        <translation>雜訊強度：0 為乾淨的手繪圖，1 為最強的雜訊。</translation>
    </message>
    <message>
        <source>The noise factor: 0 is the clean drawing, 1 the strongest noise.</source>
        <translation>雜訊強度：0 為乾淨的手繪圖，1 為最強的雜訊。</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>新雜訊</translation>
    </message>
    <message>
        <source>Draw a new random noise pattern.</source>
        <translation>產生一組新的隨機雜訊圖樣。</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <source>The errors of the image above against the clean drawing: binary cross-entropy (BCE) and mean squared error (MSE) over its 784 pixels; lower is closer.</source>
        <translation>上方影像與乾淨手繪圖之間的誤差：在 784 個像素上計算的二元交叉熵（BCE）與均方誤差（MSE）；數值越低越接近。</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>未載入</translation>
    </message>
    <message>
        <source>BCE {0:.3f}
MSE {1:.3f}</source>
        <translation>BCE {0:.3f}
MSE {1:.3f}</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>畫一個數字</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <source>{0} min {1:02d} s</source>
        <translation>{0} 分 {1:02d} 秒</translation>
    </message>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation>{0} 小時 {1:02d} 分</translation>
    </message>
    <message>
        <source>Epoch {0} of {1}</source>
        <translation>訓練週期 {0}/{1}</translation>
    </message>
    <message>
        <source>batch {0}/{1}</source>
        <translation>批次 {0}/{1}</translation>
    </message>
    <message>
        <source>loss {0:.4f}</source>
        <translation>損失 {0:.4f}</translation>
    </message>
    <message>
        <source>{0:,.0f} digits/s</source>
        <translation>每秒 {0:,.0f} 個數字</translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation>約剩 {0}</translation>
    </message>
    <message>
        <source>Set up a run and press Start.</source>
        <translation>設定好訓練後，按「開始訓練」。</translation>
    </message>
    <message>
        <source>epoch: %p%</source>
        <translation>訓練週期：%p%</translation>
    </message>
    <message>
        <source>run: %v of %m epochs</source>
        <translation>整體：%v / %m 個訓練週期</translation>
    </message>
    <message>
        <source>How much of the current epoch (one pass over the training digits) is done.</source>
        <translation>目前訓練週期（把訓練數字走過一遍）已完成的比例。</translation>
    </message>
    <message>
        <source>How many of the run&apos;s epochs are done.</source>
        <translation>這次訓練的訓練週期已完成幾個。</translation>
    </message>
    <message>
        <source>This epoch</source>
        <translation>本訓練週期</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>整體訓練</translation>
    </message>
    <message>
        <source>Test images of {0} (top) and the model&apos;s reconstructions (bottom) after the last epoch; right: your drawing.</source>
        <translation>{0} 的測試影像（上）與模型在最後一個訓練週期後的重建結果（下）；右側：你的手繪圖。</translation>
    </message>
</context>
<context>
    <name>RunBanner</name>
    <message>
        <source>loss {0:.4f}</source>
        <translation>損失 {0:.4f}</translation>
    </message>
    <message>
        <source>val loss {0:.4f}</source>
        <translation>驗證損失 {0:.4f}</translation>
    </message>
    <message>
        <source>test BCE {0:.4f}</source>
        <translation>測試 BCE {0:.4f}</translation>
    </message>
    <message>
        <source>Save this model</source>
        <translation>儲存這個模型</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存新檔…</translation>
    </message>
    <message>
        <source>Use in Draw tab</source>
        <translation>在「繪圖」分頁使用</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{0}&lt;/b&gt;: {1}.</source>
        <translation>已儲存為 &lt;b&gt;{0}&lt;/b&gt;：{1}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This run diverged&lt;/b&gt;: its loss reached {0:.4g} in epoch {1} (last epoch {2:.4f}), so the reconstructions all look alike. Try a learning rate well below {3:g}.</source>
        <translation>&lt;b&gt;這次訓練發散了&lt;/b&gt;：損失在第 {1} 個訓練週期達到 {0:.4g}（最後一個訓練週期為 {2:.4f}），因此重建結果看起來都一樣。請試試遠低於 {3:g} 的學習率。</translation>
    </message>
    <message>
        <source>Stopped. The model after epoch {0} is kept ({1}). Save it to use it later?</source>
        <translation>已停止。已保留第 {0} 個訓練週期後的模型（{1}）。要儲存它以便日後使用嗎？</translation>
    </message>
    <message>
        <source>The trained model could not be saved in {0}: {1}. It is kept in memory ({2}): free some space and retry, or save it elsewhere.</source>
        <translation>無法將訓練好的模型儲存到 {0}：{1}。模型暫時保留在記憶體中（{2}）：請釋放一些空間後重試，或儲存到其他位置。</translation>
    </message>
</context>
<context>
    <name>SampleStrip</name>
    <message>
        <source>your drawing</source>
        <translation>你的手繪圖</translation>
    </message>
    <message>
        <source>draw a digit in the Draw tab</source>
        <translation>請在「繪圖」分頁畫一個數字</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Alt and a menu&apos;s underlined letter opens it; Tab moves between the controls of a tab.</source>
        <translation>按 Alt 加上選單中加底線的字母即可開啟該選單；按 Tab 可在分頁中的各個控制項之間移動。</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message numerus="yes">
        <source>%n epochs from {0:g}, {1}</source>
        <translation>
            <numerusform>%n 個訓練週期，初始學習率 {0:g}，{1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TensorBoardGroup</name>
    <message>
        <source>Write TensorBoard logs</source>
        <translation>寫入 TensorBoard 記錄檔</translation>
    </message>
    <message>
        <source>Folder for the logs</source>
        <translation>記錄檔資料夾</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Each run writes into its own sub-folder.</source>
        <translation>每次訓練會寫入各自的子資料夾。</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>記錄檔資料夾</translation>
    </message>
    <message>
        <source>choose a folder for the logs</source>
        <translation>請選擇存放記錄檔的資料夾</translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation>TensorBoard 記錄檔資料夾</translation>
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
        <translation>測試數字 #{0}：{1}，在編碼空間中的距離為 {2:.3f}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Skip the tour</source>
        <translation>略過導覽</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Code size</source>
        <translation>編碼大小</translation>
    </message>
    <message>
        <source>Values in the code (the bottleneck).</source>
        <translation>編碼中的數值個數（即瓶頸）。</translation>
    </message>
    <message>
        <source>Hidden sizes</source>
        <translation>隱藏層大小</translation>
    </message>
    <message>
        <source>Encoder layer widths before the code, e.g. 128, 64 (mirrored in the decoder); leave empty for none.</source>
        <translation>編碼之前各編碼器層的寬度，例如 128, 64（解碼器以相反順序對應）；留空表示不使用隱藏層。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>濾波器</translation>
    </message>
    <message>
        <source>Filters per conv + pooling block, e.g. 16, 8, 8 (mirrored in the decoder).</source>
        <translation>每個卷積 + 池化區塊的濾波器數量，例如 16, 8, 8（解碼器以相反順序對應）。</translation>
    </message>
    <message>
        <source>L1 on the code</source>
        <translation>編碼的 L1 懲罰</translation>
    </message>
    <message>
        <source>Strength of the sparsity penalty on the code (0 for none).</source>
        <translation>編碼稀疏性懲罰的強度（0 表示不使用）。</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>均方誤差</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>餘弦衰減</translation>
    </message>
    <message>
        <source>a number from {0:g} to {1:g}</source>
        <translation>{0:g} 到 {1:g} 之間的數字</translation>
    </message>
    <message>
        <source>whole numbers separated by commas</source>
        <translation>以逗號分隔的整數</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一個數字</translation>
    </message>
    <message>
        <source>{0} to {1} numbers</source>
        <translation>{0} 到 {1} 個數值</translation>
    </message>
    <message>
        <source>each from {0:g} to {1:g}</source>
        <translation>每個介於 {0:g} 到 {1:g}</translation>
    </message>
    <message>
        <source>TensorBoard is not installed. To log runs, install it into the app&apos;s environment: pip install tensorboard.</source>
        <translation>尚未安裝 TensorBoard。若要記錄訓練過程，請將它安裝到本程式的環境中：pip install tensorboard</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Shipped model&apos;s recipe</source>
        <translation>內建模型的配方</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>變體</translation>
    </message>
    <message>
        <source>The autoencoder family and layout to train.</source>
        <translation>要訓練的自編碼器類型與架構。</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Fill the form with a tutorial&apos;s settings.</source>
        <translation>以教學的設定填入表單。</translation>
    </message>
    <message>
        <source>Input noise</source>
        <translation>輸入雜訊</translation>
    </message>
    <message>
        <source>Noise added to the inputs while training (a denoiser); 0 for none.</source>
        <translation>訓練時加在輸入上的雜訊（即去雜訊模型）；0 表示不加。</translation>
    </message>
    <message>
        <source>Noise kinds</source>
        <translation>雜訊種類</translation>
    </message>
    <message>
        <source>Each training digit gets one of the ticked noises, drawn at random.</source>
        <translation>每個訓練數字會從勾選的雜訊中隨機抽取一種。</translation>
    </message>
    <message>
        <source>What this variant is, its layer sizes, and the tutorial it comes from.</source>
        <translation>這個變體是什麼、各層大小，以及它出自哪份教學。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>Training digits</source>
        <translation>訓練數字數量</translation>
    </message>
    <message>
        <source>How many training images to use (a fifth of them, at most 5,000, is held out for validation).</source>
        <translation>要使用多少張訓練影像（其中五分之一、最多 5,000 張會保留作為驗證用）。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>訓練週期數</translation>
    </message>
    <message>
        <source>Passes over the training digits.</source>
        <translation>把訓練數字走過幾遍。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Digits per gradient step.</source>
        <translation>每個梯度步驟使用的數字數量。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最佳化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>For example 0.001 or 1e-3.</source>
        <translation>例如 0.001 或 1e-3。</translation>
    </message>
    <message>
        <source>Rate schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <source>Keep the rate, or let it decay to zero along a cosine.</source>
        <translation>維持固定的學習率，或讓它沿著餘弦曲線衰減到零。</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>暖身訓練週期數</translation>
    </message>
    <message>
        <source>Epochs over which a cosine schedule ramps the rate up from 1% (keeps more ReLU units alive).</source>
        <translation>餘弦排程在這些訓練週期內把學習率從 1% 逐步提高（可讓更多 ReLU 單元保持活躍）。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失函數</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>The same seed and settings give the same model.</source>
        <translation>相同的種子與設定會得到相同的模型。</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>第 2 階段</translation>
    </message>
    <message>
        <source>{0}
From: {1}</source>
        <translation>{0}
出處：{1}</translation>
    </message>
    <message>
        <source>a number, e.g. 0.001</source>
        <translation>一個數字，例如 0.001</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} (edited)</source>
        <translation>{0}（已修改）</translation>
    </message>
    <message>
        <source>{0:g} is {1:.0f}× the preset&apos;s {2:g}: the loss may blow up (diverge). Lower it unless you want to see that happen.</source>
        <translation>{0:g} 是範本值 {2:g} 的 {1:.0f}×：損失可能會暴增（發散）。除非你想親眼看看這種情況，否則請調低。</translation>
    </message>
    <message>
        <source>Refine afterwards</source>
        <translation>之後再精修</translation>
    </message>
    <message>
        <source>Train further with a second, gentler cosine cycle after the first.</source>
        <translation>第一輪結束後，再以第二輪較溫和的餘弦循環繼續訓練。</translation>
    </message>
    <message>
        <source>cosine decay</source>
        <translation>餘弦衰減</translation>
    </message>
    <message>
        <source>constant rate</source>
        <translation>固定學習率</translation>
    </message>
    <message>
        <source>{0}, from the first stage&apos;s weights (as the shipped model was trained).</source>
        <translation>{0}，從第一階段的權重開始（與內建模型的訓練方式相同）。</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Loading {0}…</source>
        <translation>正在載入 {0}…</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>正在建立模型…</translation>
    </message>
    <message>
        <source>Measuring on the test digits…</source>
        <translation>正在以測試數字評估…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>儲存中…</translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation>儲存訓練好的模型</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Keras 模型 (*.keras)</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>開始訓練</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>取消訓練</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keras code…</source>
        <translation>Keras 程式碼…</translation>
    </message>
    <message>
        <source>Show the Keras code for these settings</source>
        <translation>顯示這些設定的 Keras 程式碼</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>請先修正標示為紅色的欄位。</translation>
    </message>
    <message>
        <source>shipped model, test BCE</source>
        <translation>內建模型，測試 BCE</translation>
    </message>
    <message>
        <source>tutorial&apos;s figure</source>
        <translation>教學中的數值</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>這個批次結束後就停止…</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epochs in {0}.</source>
        <translation>
            <numerusform>已完成 %n 個訓練週期，耗時 {0}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epochs; the model is not saved yet.</source>
        <translation>
            <numerusform>已完成 %n 個訓練週期；模型尚未儲存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after {0} of %n epochs.</source>
        <translation>
            <numerusform>在 %n 個訓練週期中的第 {0} 個之後停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the first epoch finished; there is nothing to keep.</source>
        <translation>在第一個訓練週期完成前就停止了；沒有可保留的內容。</translation>
    </message>
    <message>
        <source>The run failed; nothing was saved.</source>
        <translation>訓練失敗；沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>訓練進行中</translation>
    </message>
    <message>
        <source>Stop training and quit?</source>
        <translation>要停止訓練並結束程式嗎？</translation>
    </message>
    <message>
        <source>Trained model not saved</source>
        <translation>訓練好的模型未儲存</translation>
    </message>
    <message>
        <source>The trained model could not be saved and will be lost. Quit anyway?</source>
        <translation>訓練好的模型無法儲存，將會遺失。仍要結束嗎？</translation>
    </message>
</context>
<context>
    <name>TrainedModelsPanel</name>
    <message>
        <source>Open an autoencoder</source>
        <translation>開啟自編碼器</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Keras 模型 (*.keras)</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>正在檢查 {0}…</translation>
    </message>
    <message>
        <source>{0} is now in the Draw tab.</source>
        <translation>{0} 已加入「繪圖」分頁。</translation>
    </message>
    <message>
        <source>Model not used</source>
        <translation>無法使用模型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>變體</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>訓練週期數</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Val loss</source>
        <translation>驗證損失</translation>
    </message>
    <message>
        <source>Test BCE</source>
        <translation>測試 BCE</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>儲存時間</translation>
    </message>
    <message>
        <source>In Draw tab</source>
        <translation>用於繪圖分頁</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>instead of the shipped {0}</source>
        <translation>取代內建的 {0}</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已損毀</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>{0} (diverged)</source>
        <translation>{0}（已發散）</translation>
    </message>
    <message>
        <source>{0}: {1}. Delete it, or keep it without its metadata.</source>
        <translation>{0}：{1}。請刪除它，或在沒有中繼資料的情況下保留它。</translation>
    </message>
    <message>
        <source>The loss rose instead of falling: try a lower rate.</source>
        <translation>損失不降反升：請試試較低的學習率。</translation>
    </message>
    <message>
        <source>&lt;b&gt;My trained models&lt;/b&gt;</source>
        <translation>&lt;b&gt;我訓練的模型&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use in Draw tab</source>
        <translation>在「繪圖」分頁使用</translation>
    </message>
    <message>
        <source>Add it to the Draw tab next to the shipped models</source>
        <translation>將它加入「繪圖」分頁，與內建模型並列</translation>
    </message>
    <message>
        <source>Use instead of the shipped model</source>
        <translation>取代內建模型</translation>
    </message>
    <message>
        <source>Remove from Draw tab</source>
        <translation>從「繪圖」分頁移除</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>開啟模型…</translation>
    </message>
    <message>
        <source>Check a .keras autoencoder from anywhere and add it to the Draw tab</source>
        <translation>檢查任何位置的 .keras 自編碼器，並將它加入「繪圖」分頁</translation>
    </message>
    <message>
        <source>Show models folder</source>
        <translation>顯示模型資料夾</translation>
    </message>
    <message>
        <source>Keras code…</source>
        <translation>Keras 程式碼…</translation>
    </message>
    <message>
        <source>Show the Keras code of this run</source>
        <translation>顯示這次訓練的 Keras 程式碼</translation>
    </message>
    <message>
        <source>Keep without metadata</source>
        <translation>保留（不含中繼資料）</translation>
    </message>
    <message>
        <source>Accept an incomplete model as it is; its figures are lost</source>
        <translation>直接接受不完整的模型；它的數據將會遺失</translation>
    </message>
    <message>
        <source>Use instead of the shipped {0}</source>
        <translation>取代內建的 {0}</translation>
    </message>
    <message>
        <source>Restore the shipped {0}</source>
        <translation>恢復內建的 {0}</translation>
    </message>
    <message>
        <source>Use a diverged model?</source>
        <translation>要使用已發散的模型嗎？</translation>
    </message>
    <message>
        <source>{0} diverged: its loss rose instead of falling, so its reconstructions are all alike. Use it in the Draw tab anyway?</source>
        <translation>{0} 已發散：它的損失不降反升，因此重建結果都一樣。仍要在「繪圖」分頁使用它嗎？</translation>
    </message>
    <message>
        <source>{0} now runs in the Draw tab instead of the shipped {1}.</source>
        <translation>{0} 已取代內建的 {1}，現在於「繪圖」分頁中執行。</translation>
    </message>
    <message>
        <source>Shipped model not restored</source>
        <translation>內建模型未恢復</translation>
    </message>
    <message>
        <source>The shipped {0} is back in the Draw tab.</source>
        <translation>內建的 {0} 已回到「繪圖」分頁。</translation>
    </message>
    <message>
        <source>{0} was removed from the Draw tab.</source>
        <translation>已將 {0} 從「繪圖」分頁移除。</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>未重新命名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation>重新命名模型</translation>
    </message>
    <message>
        <source>{0}
New name:</source>
        <translation>{0}
新名稱：</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>刪除模型</translation>
    </message>
    <message>
        <source>Delete {0} and its metrics for good?</source>
        <translation>要永久刪除 {0} 及其評估指標嗎？</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未刪除</translation>
    </message>
    <message>
        <source>{0} could not be deleted ({1}).</source>
        <translation>無法刪除 {0}（{1}）。</translation>
    </message>
    <message>
        <source>No Keras code</source>
        <translation>沒有 Keras 程式碼</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>未保留</translation>
    </message>
    <message>
        <source>{0} could not be updated ({1}).</source>
        <translation>無法更新 {0}（{1}）。</translation>
    </message>
    <message>
        <source>No file manager could be opened. Your models are in {0} (select the path to copy it).</source>
        <translation>無法開啟檔案管理員。你的模型位於 {0}（選取路徑即可複製）。</translation>
    </message>
</context>
<context>
    <name>TypicalityMeter</name>
    <message>
        <source>&lt;b&gt;Typicality&lt;/b&gt;</source>
        <translation>&lt;b&gt;典型度&lt;/b&gt;</translation>
    </message>
    <message>
        <source>How typical the drawing is of the handwritten digits the models learned from: the share of training digits that look less typical to the vanilla, deep and conv models together (how close their codes come to real digits, how well they redraw it, whether its nearest digits agree). Below {0:.0%} (the tick), it does not look like any digit.</source>
        <translation>這張手繪圖相對於模型所學的手寫數字有多典型：綜合基本、深層與卷積模型來看（它們的編碼與真實數字多接近、重畫得多好、最近鄰數字是否一致），看起來比它更不典型的訓練數字所占的比例。低於 {0:.0%}（刻度線）時，它看起來就不像任何數字。</translation>
    </message>
    <message>
        <source>The verdict follows once the models have loaded…</source>
        <translation>模型載入完成後即給出判定…</translation>
    </message>
    <message>
        <source>No verdict: {0}</source>
        <translation>無法判定：{0}</translation>
    </message>
    <message>
        <source>Draw a digit to see how typical it is.</source>
        <translation>畫一個數字，看看它有多典型。</translation>
    </message>
    <message>
        <source>Does not look like any digit (typicality {0:.1%})</source>
        <translation>看起來不像任何數字（典型度 {0:.1%}）</translation>
    </message>
    <message>
        <source>Looks like a {0} · typicality {1:.0%}</source>
        <translation>看起來像 {0} · 典型度 {1:.0%}</translation>
    </message>
</context>
<context>
    <name>WrittenNotice</name>
    <message>
        <source>Show folder</source>
        <translation>顯示資料夾</translation>
    </message>
    <message>
        <source>Wrote {0} to {1}.</source>
        <translation>已將 {0} 寫入 {1}。</translation>
    </message>
    <message>
        <source>No file manager could be opened; the files are in {0}.</source>
        <translation>無法開啟檔案管理員；檔案位於 {0}。</translation>
    </message>
</context>
</TS>
