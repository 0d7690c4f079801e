<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchitectureDiagram</name>
    <message>
        <source>Each bar is one layer; its height grows with the number of values it holds (with its square root); the label under it is its shape</source>
        <translation>每个条块代表一层；条块高度随该层所含数值的个数增长（按平方根）；下方的标签是该层的形状</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>解码器</translation>
    </message>
</context>
<context>
    <name>CodeCompare</name>
    <message>
        <source>Compare with vanilla</source>
        <translation>与基础模型比较</translation>
    </message>
    <message>
        <source>Draw the vanilla model&apos;s code for the same drawing below the selected code, on one common scale.</source>
        <translation>在所选编码下方画出基础模型对同一手绘图的编码，两者使用同一刻度。</translation>
    </message>
    <message>
        <source>How many of the code&apos;s values are exactly zero: a sparse code switches most of its values off.</source>
        <translation>编码中恰好为零的值有多少个：稀疏编码会关闭大部分值。</translation>
    </message>
    <message>
        <source>The selected model is the vanilla model.</source>
        <translation>所选模型就是基础模型。</translation>
    </message>
    <message>
        <source>Only a flat code of many values can be compared as bars.</source>
        <translation>只有包含许多值的扁平编码才能用条形图比较。</translation>
    </message>
    <message>
        <source>The vanilla model&apos;s code is not available.</source>
        <translation>基础模型的编码不可用。</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n values are zero</source>
        <translation>
            <numerusform>%n 个值中有 {0} 个为零</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (vanilla: {1} of %n)</source>
        <translation>
            <numerusform>{0}（基础模型：%n 个中有 {1} 个）</numerusform>
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
        <translation>可在 Keras 3（任意后端）和 NumPy 上运行，无需其他软件包。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard (Ctrl+Shift+C)</source>
        <translation>将整个脚本复制到剪贴板（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n lines to the clipboard.</source>
        <translation>
            <numerusform>已将 %n 行复制到剪贴板。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Keras script</source>
        <translation>保存 Keras 脚本</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>{0} could not be written ({1}).</source>
        <translation>无法写入 {0}（{1}）。</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>No Keras code</source>
        <translation>没有 Keras 代码</translation>
    </message>
    <message>
        <source>Keras code: {0}</source>
        <translation>Keras 代码：{0}</translation>
    </message>
</context>
<context>
    <name>CodeEditorPage</name>
    <message>
        <source>Reset to the drawing</source>
        <translation>重置为手绘图</translation>
    </message>
    <message>
        <source>Set every slider back to the drawing&apos;s code</source>
        <translation>将所有滑块恢复为手绘图的编码</translation>
    </message>
    <message>
        <source>Code values, most varied over the test digits first</source>
        <translation>编码值，按在测试数字上的变化幅度从大到小排列</translation>
    </message>
    <message>
        <source>Decoded edited code</source>
        <translation>编辑后编码的解码结果</translation>
    </message>
    <message>
        <source>The drawing&apos;s reconstruction:</source>
        <translation>手绘图的重建：</translation>
    </message>
    <message>
        <source>{0}  (σ {1:.2f})</source>
        <translation>{0}（σ {1:.2f}）</translation>
    </message>
    <message>
        <source>Code {0}</source>
        <translation>编码中的{0}</translation>
    </message>
    <message>
        <source>The code value&apos;s number; σ is how much it varies over the MNIST test digits.</source>
        <translation>编码值的序号；σ 表示该值在 MNIST 测试数字上的变化幅度。</translation>
    </message>
    <message>
        <source>The value this slider sets in the code.</source>
        <translation>该滑块在编码中设置的值。</translation>
    </message>
</context>
<context>
    <name>CodeNumbering</name>
    <message>
        <source>value {0}</source>
        <translation>值 {0}</translation>
    </message>
    <message>
        <source>map {0}</source>
        <translation>特征图 {0}</translation>
    </message>
</context>
<context>
    <name>CodeSpace</name>
    <message>
        <source>Encoding the test digits with {0}</source>
        <translation>正在用 {0} 对测试数字编码</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n 个值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} = %n values</source>
        <translation>
            <numerusform>{0} = %n 个值</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The selected model&apos;s code for the drawing: one bar, point or map per value. Hover to read a value.</source>
        <translation>所选模型对手绘图的编码：每个值对应一个条形、点或特征图。将鼠标悬停在上面可读取数值。</translation>
    </message>
    <message>
        <source>Draw a digit to see its code.</source>
        <translation>画一个数字，即可看到它的编码。</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>所选模型</translation>
    </message>
    <message>
        <source>vanilla</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>code[{0}] = {1:.4f}</source>
        <translation>编码[{0}] = {1:.4f}</translation>
    </message>
    <message>
        <source>vanilla code[{0}] = {1:.4f}</source>
        <translation>基础模型编码[{0}] = {1:.4f}</translation>
    </message>
    <message>
        <source>code = ({0:.3f}, {1:.3f})</source>
        <translation>编码 = ({0:.3f}, {1:.3f})</translation>
    </message>
    <message>
        <source>{0}, row {1}, column {2}: {3:.4f}</source>
        <translation>{0}，第 {1} 行，第 {2} 列：{3:.4f}</translation>
    </message>
</context>
<context>
    <name>DatasetNotice</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>How much of the dataset has been downloaded.</source>
        <translation>数据集已下载的比例。</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download {0}</source>
        <translation>下载 {0}</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>正在下载 {0}…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>正在加载 {0}…</translation>
    </message>
    <message>
        <source>{0} was not found.</source>
        <translation>未找到 {0}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} is not on this computer.&lt;/b&gt; {1} Download it or choose the folder that holds its four IDX files.</source>
        <translation>&lt;b&gt;本机上没有 {0}。&lt;/b&gt;{1} 请下载它，或选择存放其四个 IDX 文件的文件夹。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} could not be loaded.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;无法加载 {0}。&lt;/b&gt;{1}</translation>
    </message>
    <message>
        <source>Looked in:
{0}</source>
        <translation>已查找以下位置：
{0}</translation>
    </message>
    <message>
        <source>Downloading {0}: {1}, {2:.1f} of {3:.1f} MB</source>
        <translation>正在下载 {0}：{1}，{2:.1f} / {3:.1f} MB</translation>
    </message>
    <message>
        <source>Downloading {0}: {1}, {2:.1f} MB</source>
        <translation>正在下载 {0}：{1}，{2:.1f} MB</translation>
    </message>
    <message>
        <source>Folder holding {0}</source>
        <translation>存放 {0} 的文件夹</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>{0} (not found)</source>
        <translation>{0}（未找到）</translation>
    </message>
    <message>
        <source>{0} was not found: download it or choose its folder.</source>
        <translation>未找到 {0}：请下载它，或选择它所在的文件夹。</translation>
    </message>
    <message>
        <source>Wait for the download to finish.</source>
        <translation>请等待下载完成。</translation>
    </message>
</context>
<context>
    <name>DatasetService</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <source>Loading {0}</source>
        <translation>正在加载 {0}</translation>
    </message>
    <message>
        <source>Downloading {0}</source>
        <translation>正在下载 {0}</translation>
    </message>
</context>
<context>
    <name>DeviceChoice</name>
    <message>
        <source>Devices are listed once Keras has loaded…</source>
        <translation>Keras 加载完成后将列出设备…</translation>
    </message>
    <message>
        <source>The processors the next run will train on, and their memory.</source>
        <translation>下一次训练所用的处理器及其内存。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message numerus="yes">
        <source>All %n devices</source>
        <translation>
            <numerusform>全部 %n 个设备</numerusform>
        </translation>
    </message>
    <message>
        <source>Trains on: {0}</source>
        <translation>训练设备：{0}</translation>
    </message>
    <message>
        <source>The last run trained on: {0}</source>
        <translation>上一次训练所用的设备：{0}</translation>
    </message>
</context>
<context>
    <name>DigitScatter</name>
    <message>
        <source>digit</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>DrawActions</name>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>撤销笔画(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation>重做笔画(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Clear drawing</source>
        <translation>清空手绘图(&amp;C)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Load a random MNIST &amp;test digit</source>
        <translation>随机载入一个 MNIST 测试数字(&amp;T)</translation>
    </message>
    <message>
        <source>MNIST digit</source>
        <translation>MNIST 数字</translation>
    </message>
    <message>
        <source>&amp;Open drawing…</source>
        <translation>打开手绘图(&amp;O)…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>&amp;Save drawing…</source>
        <translation>保存手绘图(&amp;S)…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>&amp;MNIST preprocessing</source>
        <translation>MNIST 预处理(&amp;M)</translation>
    </message>
    <message>
        <source>MNIST preprocessing</source>
        <translation>MNIST 预处理</translation>
    </message>
    <message>
        <source>Crop to the ink, even out the stroke width, fit into 20 × 20 and centre by centre of mass, as MNIST was made.</source>
        <translation>裁剪到笔迹范围，统一笔画粗细，缩放到 20 × 20 以内，并按质心居中，与 MNIST 的制作方式相同。</translation>
    </message>
    <message>
        <source>Show the 28 × 28 &amp;grid</source>
        <translation>显示 28 × 28 网格(&amp;G)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>&amp;New noise</source>
        <translation>新噪声(&amp;N)</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>新噪声</translation>
    </message>
    <message>
        <source>Ne&amp;xt model</source>
        <translation>下一个模型(&amp;X)</translation>
    </message>
    <message>
        <source>Next model</source>
        <translation>下一个模型</translation>
    </message>
    <message>
        <source>Pre&amp;vious model</source>
        <translation>上一个模型(&amp;V)</translation>
    </message>
    <message>
        <source>Previous model</source>
        <translation>上一个模型</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0} is not on this computer: choose its folder or download it (the Explore tab&apos;s notice or the Train tab&apos;s dataset).</source>
        <translation>本机上没有 {0}：请选择它所在的文件夹或下载它（见“探索”选项卡中的提示，或“训练”选项卡中的数据集）。</translation>
    </message>
    <message>
        <source>Cleared. Ctrl+Z brings it back.</source>
        <translation>已清空。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <source>No test digits</source>
        <translation>没有测试数字</translation>
    </message>
    <message>
        <source>Loading the {0} test digits…</source>
        <translation>正在加载 {0} 的测试数字…</translation>
    </message>
    <message>
        <source>Loaded an MNIST test digit: a {0}.</source>
        <translation>已载入一个 MNIST 测试数字：数字 {0}。</translation>
    </message>
    <message>
        <source>PNG images ({0})</source>
        <translation>PNG 图像 ({0})</translation>
    </message>
    <message>
        <source>All images ({0})</source>
        <translation>所有图像 ({0})</translation>
    </message>
    <message>
        <source>Open a drawing</source>
        <translation>打开手绘图</translation>
    </message>
    <message>
        <source>Drawing not opened</source>
        <translation>未打开手绘图</translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation>保存手绘图</translation>
    </message>
    <message>
        <source>Drawing not saved</source>
        <translation>未保存手绘图</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>How many values the selected model&apos;s code has, and the compression: 784 input pixels divided by the code&apos;s values.</source>
        <translation>所选模型的编码有多少个值，以及压缩比：784 个输入像素除以编码值的个数。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstructions&lt;/b&gt; — click a model to inspect it</source>
        <translation>&lt;b&gt;重建结果&lt;/b&gt;——点击模型可查看详情</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>模型卡片</translation>
    </message>
    <message>
        <source>Noise and denoising</source>
        <translation>噪声与去噪</translation>
    </message>
    <message>
        <source>Draw a digit on the left to see this model reconstruct it.</source>
        <translation>在左侧画一个数字，即可看到此模型对它的重建。</translation>
    </message>
    <message>
        <source>Noisy input</source>
        <translation>含噪输入</translation>
    </message>
    <message>
        <source>Denoising model</source>
        <translation>去噪模型</translation>
    </message>
    <message>
        <source>Plain model</source>
        <translation>普通模型</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>{0} (yours, instead of {1})</source>
        <translation>{0}（你的模型，替代 {1}）</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0} Runs instead of the shipped {1}.</source>
        <translation>{0} 它正替代内置的 {1} 运行。</translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation>未加载。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; code: {1} · {2} / {3} = &lt;b&gt;{4:.1f}× compression&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 编码：{1} · {2} / {3} = &lt;b&gt;压缩比 {4:.1f}×&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading its layers…</source>
        <translation>正在加载各层…</translation>
    </message>
    <message>
        <source>The shipped model is back.</source>
        <translation>内置模型已恢复。</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Left button draws, right button erases.</source>
        <translation>左键绘制，右键擦除。</translation>
    </message>
    <message>
        <source>Draw a digit here

left button draws · right button erases</source>
        <translation>在这里画一个数字

左键绘制 · 右键擦除</translation>
    </message>
</context>
<context>
    <name>DrawingPanel</name>
    <message>
        <source>Brush diameter in model pixels (the canvas is 28 model pixels across).</source>
        <translation>笔刷直径，以模型像素为单位（画布宽 28 个模型像素）。</translation>
    </message>
    <message>
        <source>0 % is a soft airbrush, 100 % a hard round pen.</source>
        <translation>0 % 为柔和的喷枪，100 % 为硬边圆头笔。</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>The brush diameter in model pixels.</source>
        <translation>笔刷直径（模型像素）。</translation>
    </message>
    <message>
        <source>The brush hardness: 0 % soft airbrush, 100 % hard pen.</source>
        <translation>笔刷硬度：0 % 为柔和的喷枪，100 % 为硬笔。</translation>
    </message>
    <message>
        <source>The model input: the drawing after preprocessing, 28 × 28 pixels.</source>
        <translation>模型输入：预处理后的手绘图，28 × 28 像素。</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>笔刷大小</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation>硬度</translation>
    </message>
    <message>
        <source>Model input</source>
        <translation>模型输入</translation>
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
        <translation>模型的元数据文件在应有设置的位置没有任何设置</translation>
    </message>
    <message>
        <source>the model&apos;s sidecar records no variant and training settings of this app</source>
        <translation>模型的元数据文件没有记录本应用的模型类型和训练设置</translation>
    </message>
    <message>
        <source>the model&apos;s sidecar holds settings this version does not know ({reason})</source>
        <translation>模型的元数据文件包含本版本无法识别的设置（{reason}）</translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation>{earlier}；{later}</translation>
    </message>
    <message>
        <source>no Keras loader for the dataset {dataset!r}; known: {known}</source>
        <translation>没有数据集 {dataset!r} 的 Keras 加载器；已知：{known}</translation>
    </message>
    <message>
        <source>the subset must be a number of digits, not {subset!r}</source>
        <translation>子集必须是数字样本的个数，而不是 {subset!r}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>these settings cannot be written out as Keras code ({reason})</source>
        <translation>这些设置无法导出为 Keras 代码（{reason}）</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu: sudo apt install dataset-fashion-mnist.</source>
        <translation>在 Debian 或 Ubuntu 上：sudo apt install dataset-fashion-mnist。</translation>
    </message>
    <message>
        <source>{path} is larger than any file of this dataset can be ({limit:,} bytes): it is damaged or a different file. Delete it and provide the original.</source>
        <translation>{path} 超过了该数据集任何文件可能的大小（{limit:,} 字节）：文件已损坏或不是正确的文件。请删除它并提供原始文件。</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}): its compressed data cannot be read. Delete it and provide the file again.</source>
        <translation>{path} 已损坏（{reason}）：无法读取其压缩数据。请删除它并重新提供该文件。</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}). Delete it and provide the file again.</source>
        <translation>无法读取 {path}（{reason}）。请删除它并重新提供该文件。</translation>
    </message>
    <message>
        <source>{file} is not an IDX file of unsigned bytes.</source>
        <translation>{file} 不是无符号字节类型的 IDX 文件。</translation>
    </message>
    <message>
        <source>{file} is truncated: its header is incomplete.</source>
        <translation>{file} 被截断：文件头不完整。</translation>
    </message>
    <message>
        <source>{file} is truncated or damaged: {size} bytes where its header promises {expected}.</source>
        <translation>{file} 被截断或已损坏：大小为 {size} 字节，而文件头声明应为 {expected} 字节。</translation>
    </message>
    <message>
        <source>{title} was not found. Looked in:
  {searched}
Put the four IDX files (plain or .gz) in one of these folders, set {variable} to a folder holding &apos;{folder}/&apos;, or download it.</source>
        <translation>未找到 {title}。已查找：
  {searched}
请将四个 IDX 文件（未压缩或 .gz）放入上述任一文件夹，或将 {variable} 设为包含“{folder}/”的文件夹，或者下载它。</translation>
    </message>
    <message>
        <source>{message} {hint}</source>
        <translation>{message} {hint}</translation>
    </message>
    <message>
        <source>{file} is missing from {folder}.</source>
        <translation>{folder} 中缺少 {file}。</translation>
    </message>
    <message>
        <source>{path} does not match the published {title} file (MD5 {digest}, expected {expected}). It is damaged or a different file: delete it and provide the original.</source>
        <translation>{path} 与官方发布的 {title} 文件不符（MD5 {digest}，应为 {expected}）。文件已损坏或不是正确的文件：请删除它并提供原始文件。</translation>
    </message>
    <message>
        <source>Could not download {title} ({file}).
  {errors}
Check the internet connection, or put the files in a folder by hand.</source>
        <translation>无法下载 {title}（{file}）。
  {errors}
请检查网络连接，或手动将文件放入文件夹。</translation>
    </message>
    <message>
        <source>the download is larger than the file can be ({limit:,} bytes)</source>
        <translation>下载的内容超过了该文件可能的大小（{limit:,} 字节）</translation>
    </message>
    <message>
        <source>checksum mismatch (MD5 {digest}, expected {expected})</source>
        <translation>校验和不匹配（MD5 {digest}，应为 {expected}）</translation>
    </message>
    <message>
        <source>Unknown dataset {name!r}; known: {known}.</source>
        <translation>未知数据集 {name!r}；已知：{known}。</translation>
    </message>
    <message>
        <source>cannot train on {wanted} devices: this machine has {count} ({ids})</source>
        <translation>无法在 {wanted} 个设备上训练：本机只有 {count} 个（{ids}）</translation>
    </message>
    <message>
        <source>unknown device choice {option!r}: use &apos;auto&apos;, a number or a list of ids</source>
        <translation>未知的设备选项 {option!r}：请使用 &apos;auto&apos;、一个数字或一组设备 ID</translation>
    </message>
    <message>
        <source>devices {ids}: choose from {known}</source>
        <translation>设备 {ids}：请从 {known} 中选择</translation>
    </message>
    <message>
        <source>devices none or repeated: choose from {known}</source>
        <translation>未选择设备或设备重复：请从 {known} 中选择</translation>
    </message>
    <message>
        <source>the {backend} backend trains on its default device only</source>
        <translation>{backend} 后端只能在其默认设备上训练</translation>
    </message>
    <message>
        <source>a batch of {size} cannot be split over {count} devices; choose a multiple of {count}</source>
        <translation>批大小 {size} 无法均分到 {count} 个设备上；请选择 {count} 的倍数</translation>
    </message>
    <message>
        <source>{where} has no English text (key &quot;en&quot;)</source>
        <translation>{where} 没有英文文本（键 &quot;en&quot;）</translation>
    </message>
    <message>
        <source>{where} must be a non-empty text, or a map from language codes to texts</source>
        <translation>{where} 必须是非空文本，或从语言代码到文本的映射</translation>
    </message>
    <message>
        <source>{where} must be an object with a &quot;kind&quot;</source>
        <translation>{where} 必须是带有 &quot;kind&quot; 的对象</translation>
    </message>
    <message>
        <source>{where} has an unknown kind {kind!r}; known: {known}</source>
        <translation>{where} 的类型 {kind!r} 未知；已知：{known}</translation>
    </message>
    <message>
        <source>{where} ({kind}) has unknown parameters: {names}</source>
        <translation>{where}（{kind}）包含未知参数：{names}</translation>
    </message>
    <message>
        <source>{where} ({kind}) needs: {names}</source>
        <translation>{where}（{kind}）需要：{names}</translation>
    </message>
    <message>
        <source>{where} ({kind}): {name} must be one of {choices}, not {value!r}</source>
        <translation>{where}（{kind}）：{name} 必须是 {choices} 之一，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{where} ({kind}): {name} must be a number</source>
        <translation>{where}（{kind}）：{name} 必须是数字</translation>
    </message>
    <message>
        <source>{where}: a lesson is a JSON object</source>
        <translation>{where}：课程必须是 JSON 对象</translation>
    </message>
    <message>
        <source>{where}: &quot;steps&quot; must list {low} to {high} steps</source>
        <translation>{where}：&quot;steps&quot; 必须列出 {low} 到 {high} 个步骤</translation>
    </message>
    <message>
        <source>{where}: step {number} must be an object</source>
        <translation>{where}：第 {number} 步必须是对象</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s text</source>
        <translation>{where}：第 {number} 步的文本</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s task</source>
        <translation>{where}：第 {number} 步的任务</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s hint</source>
        <translation>{where}：第 {number} 步的提示</translation>
    </message>
    <message>
        <source>{where}: &quot;question&quot; must be an object with &quot;text&quot; and &quot;answer&quot;</source>
        <translation>{where}：&quot;question&quot; 必须是包含 &quot;text&quot; 和 &quot;answer&quot; 的对象</translation>
    </message>
    <message>
        <source>{where}: the title</source>
        <translation>{where}：标题</translation>
    </message>
    <message>
        <source>{where}: the question</source>
        <translation>{where}：问题</translation>
    </message>
    <message>
        <source>{where}: the answer</source>
        <translation>{where}：答案</translation>
    </message>
    <message>
        <source>{file} is {size:,} bytes; a lesson file is at most {most:,}</source>
        <translation>{file} 大小为 {size:,} 字节；课程文件最大为 {most:,} 字节</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>无法读取 {file}（{reason}）</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 JSON ({reason})</source>
        <translation>{file} 不是有效的 UTF-8 JSON（{reason}）</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>Use up to 80 letters, digits, spaces and - _ . ( ) +, starting with a letter or digit.</source>
        <translation>最多 80 个字符，可使用字母、数字、空格以及 - _ . ( ) +，须以字母或数字开头。</translation>
    </message>
    <message>
        <source>A model named {name} exists already.</source>
        <translation>已存在名为 {name} 的模型。</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>Salt and pepper</source>
        <translation>椒盐</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>No pretrained weights ship for this variant yet (make pretrain).</source>
        <translation>此模型类型尚无内置的预训练权重（make pretrain）。</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: {size:,} bytes is far too big.</source>
        <translation>清单文件 {path} 已损坏：{size:,} 字节，远超应有的大小。</translation>
    </message>
    <message>
        <source>The manifest {path} is missing.</source>
        <translation>清单文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The manifest {path} could not be read ({reason}).</source>
        <translation>无法读取清单文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: it is not valid JSON ({reason}).</source>
        <translation>清单文件 {path} 已损坏：不是有效的 JSON（{reason}）。</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: it is not shaped {{&quot;variants&quot;: {{name: {{...}}}}}}.</source>
        <translation>清单文件 {path} 已损坏：其结构不是 {{&quot;variants&quot;: {{name: {{...}}}}}}。</translation>
    </message>
    <message>
        <source>{problem} No intact model file with a sidecar was found for it.</source>
        <translation>{problem} 未找到带有元数据文件的完好模型文件。</translation>
    </message>
    <message>
        <source>The manifest&apos;s file for {name} ({file!r}) is outside {folder}; it is refused.</source>
        <translation>清单中 {name} 的文件（{file!r}）位于 {folder} 之外，已拒绝加载。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} does not match its SHA-256 in the manifest ({digest}…, expected {expected}…): it is damaged or was replaced. Reinstall the app, or remake it with make pretrain.</source>
        <translation>{path} 与清单中的 SHA-256 不符（{digest}…，应为 {expected}…）：文件已损坏或被替换。请重新安装本应用，或用 make pretrain 重新生成。</translation>
    </message>
    <message>
        <source>its metadata field &apos;{field}&apos; holds {value}, which is not what it should be</source>
        <translation>其元数据字段“{field}”的值为 {value}，与应有的值不符</translation>
    </message>
    <message>
        <source>its metadata holds a history or test figure that is not a number</source>
        <translation>其元数据中的训练历史或测试数值不是数字</translation>
    </message>
    <message>
        <source>it has no metadata file</source>
        <translation>它没有元数据文件</translation>
    </message>
    <message>
        <source>its metadata file describes another version of it</source>
        <translation>其元数据文件描述的是该模型的另一个版本</translation>
    </message>
    <message>
        <source>{file} cannot be read (permission denied).</source>
        <translation>无法读取 {file}（权限不足）。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} 是文件夹，不是模型文件。</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a Keras model archive.</source>
        <translation>{file} 已损坏：它不是 Keras 模型归档文件。</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}).</source>
        <translation>{file} 已损坏（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is refused: it would inflate to {size:,.0f} MB, far more than any model of this app ({most:.0f} MB at most).</source>
        <translation>已拒绝 {file}：解压后将达 {size:,.0f} MB，远超本应用任何模型的大小（最多 {most:.0f} MB）。</translation>
    </message>
    <message>
        <source>{file} is damaged or not a model this app can read ({kind}: {reason}).</source>
        <translation>{file} 已损坏，或不是本应用能读取的模型（{kind}：{reason}）。</translation>
    </message>
    <message>
        <source>{file} is not an autoencoder of this app: it has no {first} or {second} part.</source>
        <translation>{file} 不是本应用的自编码器：它没有 {first} 或 {second} 部分。</translation>
    </message>
    <message>
        <source>{file} is not an autoencoder of this app: it has no {part} part.</source>
        <translation>{file} 不是本应用的自编码器：它没有 {part} 部分。</translation>
    </message>
    <message>
        <source>{file} has input shape {shape}; an autoencoder here takes 28×28 digits (784 values).</source>
        <translation>{file} 的输入形状为 {shape}；本应用的自编码器处理 28×28 的数字图像（784 个值）。</translation>
    </message>
    <message>
        <source>{file} has output shape {shape}; an autoencoder here takes 28×28 digits (784 values).</source>
        <translation>{file} 的输出形状为 {shape}；本应用的自编码器处理 28×28 的数字图像（784 个值）。</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} is damaged: {file} cannot be read ({kind}).</source>
        <translation>{folder} 中的检查点已损坏：无法读取 {file}（{kind}）。</translation>
    </message>
    <message>
        <source>The run diverged: the loss became {loss} in epoch {epoch}. Try a lower learning rate.</source>
        <translation>训练发散了：第 {epoch} 轮的损失变为 {loss}。请尝试更低的学习率。</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} was made with different settings or a different model than {name}.</source>
        <translation>{folder} 中的检查点是用不同的设置或不同于 {name} 的模型生成的。</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} cannot be resumed: {reason}</source>
        <translation>无法从 {folder} 中的检查点继续训练：{reason}</translation>
    </message>
    <message>
        <source>The verdict&apos;s reference {file} is missing: run {command}.</source>
        <translation>判定所用的参考文件 {file} 不存在：请运行 {command}。</translation>
    </message>
    <message>
        <source>{file} is larger than a verdict reference can be.</source>
        <translation>{file} 超过了判定参考文件可能的大小。</translation>
    </message>
    <message>
        <source>The verdict&apos;s reference {file} is damaged ({reason}).</source>
        <translation>判定所用的参考文件 {file} 已损坏（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is not the model the verdict&apos;s reference was made for: run {command}.</source>
        <translation>{file} 不是判定参考文件所对应的模型：请运行 {command}。</translation>
    </message>
    <message>
        <source>This verdict&apos;s reference has no calibration digits.</source>
        <translation>该判定参考文件中没有用于校准的数字。</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} 之一</translation>
    </message>
    <message>
        <source>{low} to {high} numbers</source>
        <translation>{low} 到 {high} 个数</translation>
    </message>
    <message>
        <source>each from {low:g} to {high:g}</source>
        <translation>每个在 {low:g} 到 {high:g} 之间</translation>
    </message>
    <message>
        <source>from {low:g} to {high:g}</source>
        <translation>在 {low:g} 到 {high:g} 之间</translation>
    </message>
    <message>
        <source>at least 1 epoch</source>
        <translation>至少 1 轮</translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation>至少为 1</translation>
    </message>
    <message>
        <source>a number in (0, 10]</source>
        <translation>(0, 10] 内的数</translation>
    </message>
    <message>
        <source>from 0 to fewer than the epochs</source>
        <translation>不小于 0 且小于轮数</translation>
    </message>
    <message>
        <source>between 0 and 1</source>
        <translation>0 到 1 之间</translation>
    </message>
    <message>
        <source>one or more of {choices}</source>
        <translation>{choices} 中的一个或多个</translation>
    </message>
    <message>
        <source>a whole number from 0 to {most}</source>
        <translation>0 到 {most} 之间的整数</translation>
    </message>
    <message>
        <source>at least 1 digit</source>
        <translation>至少 1 个数字</translation>
    </message>
    <message>
        <source>at least 1 epoch, or none</source>
        <translation>至少 1 轮，或留空</translation>
    </message>
    <message>
        <source>{name} has no architecture parameter {parameters}</source>
        <translation>{name} 没有结构参数 {parameters}</translation>
    </message>
    <message>
        <source>Vanilla dense</source>
        <translation>基础全连接</translation>
    </message>
    <message>
        <source>One hidden layer of 32 values: 784 → 32 → 784.</source>
        <translation>一个含 32 个值的隐藏层：784 → 32 → 784。</translation>
    </message>
    <message>
        <source>Deep dense</source>
        <translation>深层全连接</translation>
    </message>
    <message>
        <source>Three dense layers each way: 784 → 128 → 64 → 32 → 64 → 128 → 784.</source>
        <translation>编码和解码方向各有三个全连接层：784 → 128 → 64 → 32 → 64 → 128 → 784。</translation>
    </message>
    <message>
        <source>Sparse (top-k)</source>
        <translation>稀疏（top-k）</translation>
    </message>
    <message>
        <source>The vanilla model with a top-k code: each digit keeps only its 16 largest of the 32 code values; the other 16 (or more) are exactly zero.</source>
        <translation>基础模型加上 top-k 编码：每个数字只保留 32 个编码值中最大的 16 个，其余 16 个（或更多）恰好为零。</translation>
    </message>
    <message>
        <source>Convolutional</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Three conv + pooling blocks down to a 4×4×8 code, mirrored back up.</source>
        <translation>三个卷积 + 池化块，压缩到 4×4×8 的编码，再对称地还原。</translation>
    </message>
    <message>
        <source>Denoising conv</source>
        <translation>去噪卷积</translation>
    </message>
    <message>
        <source>Learns to map noisy digits back to clean ones: trained on Gaussian noise 0.5, then on a mix of Gaussian (3 in 5 digits), salt-and-pepper and masking noise at 0.5; 7×7×32 code.</source>
        <translation>学习把含噪数字还原为干净的数字：先用强度 0.5 的高斯噪声训练，再用强度 0.5 的混合噪声训练（每 5 个数字中有 3 个加高斯噪声，其余加椒盐噪声或掩码噪声）；编码为 7×7×32。</translation>
    </message>
    <message>
        <source>2-D latent</source>
        <translation>二维潜在空间</translation>
    </message>
    <message>
        <source>Squeezes each digit into two numbers: 784 → 256 → 2 → 256 → 784. The code is standardised (batch normalisation), so every digit class gets room on the map.</source>
        <translation>把每个数字压缩成两个数：784 → 256 → 2 → 256 → 784。编码经过标准化（批归一化），因此每一类数字在图上都有足够的位置。</translation>
    </message>
    <message>
        <source>Variational (VAE)</source>
        <translation>变分（VAE）</translation>
    </message>
    <message>
        <source>A 2-D Gaussian code trained with BCE + KL; decoded from its mean.</source>
        <translation>用 BCE + KL 训练的二维高斯编码；从其均值解码。</translation>
    </message>
    <message>
        <source>Tutorial: vanilla, Adadelta</source>
        <translation>教程：基础模型，Adadelta</translation>
    </message>
    <message>
        <source>The blog&apos;s first model exactly: Adadelta (lr 1.0), BCE, 50 epochs, batch 256.</source>
        <translation>与博客中的第一个模型完全一致：Adadelta（lr 1.0）、BCE、50 轮、批大小 256。</translation>
    </message>
    <message>
        <source>Tutorial: sparse, L1 10e-5</source>
        <translation>教程：稀疏，L1 10e-5</translation>
    </message>
    <message>
        <source>The blog&apos;s sparse model: an L1 activity penalty of 10e-5 on the 32 relu code values, Adadelta (lr 1.0), BCE, 100 epochs, batch 256. Its code is smaller but rarely exactly zero.</source>
        <translation>博客中的稀疏模型：对 32 个 relu 编码值施加 10e-5 的 L1 活动正则化，Adadelta（lr 1.0）、BCE、100 轮、批大小 256。它的编码值更小，但很少恰好为零。</translation>
    </message>
    <message>
        <source>Tutorial: vanilla 64, MSE</source>
        <translation>教程：64 维基础模型，MSE</translation>
    </message>
    <message>
        <source>A 64-value code trained with Adam on mean squared error.</source>
        <translation>64 个值的编码，用 Adam 以均方误差训练。</translation>
    </message>
    <message>
        <source>Tutorial: multilayer, MSE</source>
        <translation>教程：多层，MSE</translation>
    </message>
    <message>
        <source>784 → 128 → 64 → 128 → 784 with Adam on mean squared error.</source>
        <translation>784 → 128 → 64 → 128 → 784，用 Adam 以均方误差训练。</translation>
    </message>
    <message>
        <source>Tutorial: denoiser 32-32-16</source>
        <translation>教程：去噪 32-32-16</translation>
    </message>
    <message>
        <source>Three conv blocks (32, 32, 16) trained on noise 0.5 with Adam and BCE.</source>
        <translation>三个卷积块（32、32、16），用 Adam 和 BCE 在强度 0.5 的噪声上训练。</translation>
    </message>
    <message>
        <source>Tutorial: 2-D latent (relu)</source>
        <translation>教程：二维潜在空间（relu）</translation>
    </message>
    <message>
        <source>784 → 32 → 2 → 32 → 784 with relu on the code, as the tutorial had it.</source>
        <translation>784 → 32 → 2 → 32 → 784，编码使用 relu，与教程一致。</translation>
    </message>
    <message>
        <source>{file} is {megabytes:,.0f} MB: too large for a drawing.</source>
        <translation>{file} 大小为 {megabytes:,.0f} MB：对手绘图来说太大了。</translation>
    </message>
    <message>
        <source>{file} could not be read as an image.</source>
        <translation>无法将 {file} 读取为图像。</translation>
    </message>
    <message>
        <source>{file} declares {width:,} × {height:,} pixels; a drawing may have at most {megapixels} megapixels and {side:,} pixels a side.</source>
        <translation>{file} 声明的尺寸为 {width:,} × {height:,} 像素；手绘图最多 {megapixels} 百万像素，每边最多 {side:,} 像素。</translation>
    </message>
    <message>
        <source>{file} could not be read as an image ({reason}).</source>
        <translation>无法将 {file} 读取为图像（{reason}）。</translation>
    </message>
    <message>
        <source>{file} could not be written (check the folder and its permissions).</source>
        <translation>无法写入 {file}（请检查该文件夹及其权限）。</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>What it shows</source>
        <translation>显示的内容</translation>
    </message>
    <message>
        <source>{0}: 784 values in, {1} in the code: {2:.1f}× compression.</source>
        <translation>{0}：输入 784 个值，编码 {1} 个值：压缩比 {2:.1f}×。</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>Your drawing now: its BCE floor (the error of a perfect copy) is {0:.3f}.</source>
        <translation>你当前的手绘图：其 BCE 下限（完美复制时的误差）为 {0:.3f}。</translation>
    </message>
    <message>
        <source>BCE of the model input against itself</source>
        <translation>模型输入与自身的 BCE</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>动手试试</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>No model with a flat code of at most 64 values is loaded (the shipped vanilla, deep and sparse are).</source>
        <translation>没有已加载的模型具有最多 64 个值的扁平编码（内置的基础、深层和稀疏模型符合要求）。</translation>
    </message>
    <message>
        <source>No model with a 2-value code is loaded. The latent map needs the 2-D latent or the variational model (shipped as latent2 and vae, or trained in the Train tab).</source>
        <translation>没有已加载的模型具有 2 个值的编码。潜在空间图需要二维潜在空间模型或变分模型（内置为 latent2 和 vae，也可在“训练”选项卡中训练）。</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>尚未加载任何模型。</translation>
    </message>
    <message>
        <source>No model with a code of more than two values is loaded (the shipped vanilla, deep and sparse are).</source>
        <translation>没有已加载的模型具有超过两个值的编码（内置的基础、深层和稀疏模型符合要求）。</translation>
    </message>
    <message>
        <source>No suitable model is loaded.</source>
        <translation>未加载合适的模型。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>What this page is doing with the selected model and the test digits.</source>
        <translation>此页面正在用所选模型和测试数字做什么。</translation>
    </message>
    <message>
        <source>The models are still loading…</source>
        <translation>模型仍在加载…</translation>
    </message>
    <message>
        <source>Encoding the 10,000 MNIST test digits with this model…</source>
        <translation>正在用此模型对 10,000 个 MNIST 测试数字编码…</translation>
    </message>
    <message>
        <source>The MNIST test digits are not loaded: what needs them stays empty.</source>
        <translation>MNIST 测试数字未加载：依赖它们的部分将保持空白。</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>The maps, nearest digits and test digits need it; everything else works without.</source>
        <translation>各类图、最近邻数字和测试数字都需要它；其余功能无需它也能使用。</translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation>潜在空间图</translation>
    </message>
    <message>
        <source>Nearest digits</source>
        <translation>最近邻数字</translation>
    </message>
    <message>
        <source>Code editor</source>
        <translation>编码编辑器</translation>
    </message>
    <message>
        <source>Morph</source>
        <translation>渐变</translation>
    </message>
    <message>
        <source>Export session…</source>
        <translation>导出会话…</translation>
    </message>
    <message>
        <source>Save the drawing, the model input and every model&apos;s code and reconstruction</source>
        <translation>保存手绘图、模型输入以及每个模型的编码和重建</translation>
    </message>
    <message>
        <source>Export morph strip…</source>
        <translation>导出渐变条…</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>下载 MNIST</translation>
    </message>
    <message>
        <source>Choose MNIST folder…</source>
        <translation>选择 MNIST 文件夹…</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>The models are still loading.</source>
        <translation>模型仍在加载。</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation>NumPy 归档 (*.npz)</translation>
    </message>
    <message>
        <source>Fill both morph slots (A and B) first.</source>
        <translation>请先填好渐变的两端（A 和 B）。</translation>
    </message>
    <message>
        <source>Export morph strip</source>
        <translation>导出渐变条</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The files could not be written: {0}.
Choose a folder you can write to, with free space.</source>
        <translation>无法写入文件：{0}。
请选择一个有写入权限且有剩余空间的文件夹。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>These files exist already in {0}:
{1}

Replace them?</source>
        <translation>{0} 中已存在以下文件：
{1}

要替换它们吗？</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
</context>
<context>
    <name>FunctionWorker</name>
    <message>
        <source>{0} ran out of memory. Try a smaller batch size, fewer training digits or a smaller model, and close other programs.</source>
        <translation>{0} 内存不足。请尝试更小的批大小、更少的训练数字或更小的模型，并关闭其他程序。</translation>
    </message>
    <message>
        <source>{0} stopped: {1}</source>
        <translation>{0} 已停止：{1}</translation>
    </message>
    <message>
        <source>A file could not be written or read ({0}). Nothing was saved: check the free space and the folders&apos; permissions.</source>
        <translation>无法读写文件（{0}）。未保存任何内容：请检查剩余空间和文件夹权限。</translation>
    </message>
    <message>
        <source>{0} stopped with an unexpected error ({1}: {2}). Nothing was saved; the details are in the log.</source>
        <translation>{0} 因意外错误而停止（{1}：{2}）。未保存任何内容；详细信息见日志。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>What an autoencoder is</source>
        <translation>什么是自编码器</translation>
    </message>
    <message>
        <source>An autoencoder is two networks back to back. The &lt;b&gt;encoder&lt;/b&gt; turns a digit image into a short list of numbers, the &lt;b&gt;code&lt;/b&gt;. The &lt;b&gt;decoder&lt;/b&gt; turns the code back into an image, the &lt;b&gt;reconstruction&lt;/b&gt;. The decoder never sees the input: everything it draws comes from the code.</source>
        <translation>自编码器是首尾相接的两个网络。&lt;b&gt;编码器&lt;/b&gt;把一张数字图像变成一小串数，即&lt;b&gt;编码&lt;/b&gt;。&lt;b&gt;解码器&lt;/b&gt;再把编码变回图像，即&lt;b&gt;重建&lt;/b&gt;。解码器从来看不到输入：它画出的一切都来自编码。</translation>
    </message>
    <message>
        <source>An MNIST digit is 28 × 28 = 784 grey values between 0 (black) and 1 (white). Training shows the network thousands of digits and changes its weights until the reconstructions are as close to the inputs as they can be. Nobody tells it what the code should mean: it finds a code that works.</source>
        <translation>一张 MNIST 数字图像有 28 × 28 = 784 个灰度值，取值在 0（黑）到 1（白）之间。训练时，网络会看到成千上万个数字，并不断调整权重，直到重建结果尽可能接近输入。没有人告诉它编码应该表示什么：它自己找到一种行得通的编码。</translation>
    </message>
    <message>
        <source>Draw a digit and watch each model&apos;s reconstruction. Then draw something that is not a digit: the decoders can only draw what they learned.</source>
        <translation>画一个数字，观察每个模型的重建。然后画一个不是数字的东西：解码器只能画出它学过的内容。</translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation>重建结果</translation>
    </message>
    <message>
        <source>Each tile is one model&apos;s attempt to rebuild your drawing from its code, with its error (BCE and MSE) against the model input. Click a tile to see that model&apos;s code and card.</source>
        <translation>每个图块都是一个模型根据其编码重建你手绘图的结果，并附有它相对于模型输入的误差（BCE 和 MSE）。点击图块可查看该模型的编码和模型卡片。</translation>
    </message>
    <message>
        <source>Your drawing is made to look like an MNIST digit (the model input, bottom left), then every model encodes and decodes it in one call, while you draw.</source>
        <translation>你的手绘图会先被处理成 MNIST 数字的样子（即左下角的模型输入），然后在你绘制的同时，所有模型一次性对它进行编码和解码。</translation>
    </message>
    <message>
        <source>Draw slowly and watch the tiles change mid-stroke. Which model keeps the most detail? Which one has the lowest error?</source>
        <translation>慢慢地画，观察图块在一笔之中如何变化。哪个模型保留的细节最多？哪个误差最低？</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The numbers the encoder makes of your drawing: everything the decoder knows. Dense models show one bar per value; a 2-D code is a point on a plane; a convolutional code is a stack of small feature maps.</source>
        <translation>编码器根据你的手绘图得出的那些数，也就是解码器所知道的全部信息。全连接模型每个值显示一个条形；二维编码是平面上的一个点；卷积编码是一叠小的特征图。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;compression factor&lt;/b&gt; is 784 divided by the number of code values: the vanilla model keeps 32 values, 784 / 32 = 24.5×. The denoiser&apos;s code has 7 × 7 × 32 = 1568 values, more than the image (0.5×): it is not there to compress but to clean, and a generous code lets it keep every stroke.</source>
        <translation>&lt;b&gt;压缩比&lt;/b&gt;等于 784 除以编码值的个数：基础模型保留 32 个值，784 / 32 = 24.5×。去噪模型的编码有 7 × 7 × 32 = 1568 个值，比图像本身还多（0.5×）：它的目的不是压缩而是去噪，宽裕的编码让它能保留每一笔。</translation>
    </message>
    <message>
        <source>Draw a 1 and then an 8 and compare their codes. Select the sparse model: how many of its values are exactly zero?</source>
        <translation>先画一个 1，再画一个 8，比较它们的编码。选择稀疏模型：它有多少个值恰好为零？</translation>
    </message>
    <message>
        <source>BCE and MSE: how far a reconstruction is</source>
        <translation>BCE 与 MSE：重建差了多少</translation>
    </message>
    <message>
        <source>&lt;b&gt;MSE&lt;/b&gt; (mean squared error) is the average of (input − output)² over the 784 pixels: 0 means identical. &lt;b&gt;BCE&lt;/b&gt; (binary cross-entropy) treats every pixel as a probability of ink and measures how surprised the model is by the real pixel; the models were trained to make it small.</source>
        <translation>&lt;b&gt;MSE&lt;/b&gt;（均方误差）是 784 个像素上 (输入 − 输出)² 的平均值：0 表示完全相同。&lt;b&gt;BCE&lt;/b&gt;（二元交叉熵）把每个像素看作“有墨迹”的概率，衡量真实像素让模型有多“意外”；这些模型的训练目标就是让它尽量小。</translation>
    </message>
    <message>
        <source>BCE = −mean(x·log y + (1−x)·log(1−y)) for input x and output y. For a grey pixel (x = 0.5) even a perfect output y = 0.5 costs log 2 ≈ 0.69, so BCE has a &lt;b&gt;floor&lt;/b&gt; above 0 for every input with grey edges: about 0.06 for an MNIST test digit, more for a drawing with soft edges. That is why a good model shows 0.07–0.10, not 0. The floor of the current drawing is shown below.</source>
        <translation>对输入 x 和输出 y，BCE = −mean(x·log y + (1−x)·log(1−y))。对于灰色像素（x = 0.5），即使输出完美（y = 0.5）也要付出 log 2 ≈ 0.69 的代价，因此凡是带灰色边缘的输入，BCE 都有一个高于 0 的&lt;b&gt;下限&lt;/b&gt;：MNIST 测试数字约为 0.06，边缘柔和的手绘图会更高。这就是好模型显示 0.07–0.10 而不是 0 的原因。当前手绘图的下限显示在下方。</translation>
    </message>
    <message>
        <source>Compare the BCE of two models on the same drawing: the difference is what counts. Hover over any number to see what it is.</source>
        <translation>在同一张手绘图上比较两个模型的 BCE：重要的是两者之差。将鼠标悬停在任何数字上，可查看它表示什么。</translation>
    </message>
    <message>
        <source>The model input</source>
        <translation>模型输入</translation>
    </message>
    <message>
        <source>What the models really see: your drawing made to look like an MNIST digit.</source>
        <translation>模型真正看到的内容：被处理成 MNIST 数字样子的手绘图。</translation>
    </message>
    <message>
        <source>Like MNIST&apos;s own digits, the drawing is cropped to its ink, scaled so that its longer side is 20 pixels, centred by its centre of mass in a 28 × 28 image, and its stroke width evened out. Turn off &quot;MNIST preprocessing&quot; to feed the canvas shrunk as it is.</source>
        <translation>与 MNIST 自身的数字一样，手绘图会被裁剪到笔迹范围，缩放到长边为 20 像素，按质心放在 28 × 28 图像的中央，并统一笔画粗细。关闭“MNIST 预处理”，则直接把画布按原样缩小后输入。</translation>
    </message>
    <message>
        <source>Draw a tiny digit in a corner: with preprocessing the models still see a centred digit. Turn preprocessing off and see how much worse they do.</source>
        <translation>在角落里画一个很小的数字：经过预处理，模型看到的仍是居中的数字。关闭预处理，看看它们的表现差了多少。</translation>
    </message>
    <message>
        <source>Brush size and hardness</source>
        <translation>笔刷大小与硬度</translation>
    </message>
    <message>
        <source>Brush size is the pen&apos;s diameter in model pixels; hardness is how sharp its edge is (100% a hard edge, 0% a soft, fading one).</source>
        <translation>笔刷大小是笔的直径，以模型像素为单位；硬度是笔边缘的锐利程度（100% 为硬边，0% 为柔和渐隐的边缘）。</translation>
    </message>
    <message>
        <source>MNIST digits were scanned pen strokes with soft, grey edges. A medium size and hardness give strokes like theirs; preprocessing evens out the width afterwards.</source>
        <translation>MNIST 数字是扫描的笔迹，边缘柔和、带灰度。中等的大小和硬度画出的笔画与之相似；预处理之后还会统一笔画粗细。</translation>
    </message>
    <message>
        <source>Draw the same digit with a hard and a soft brush and compare the errors.</source>
        <translation>用硬笔刷和软笔刷分别画同一个数字，比较误差。</translation>
    </message>
    <message>
        <source>The noise demo</source>
        <translation>噪声演示</translation>
    </message>
    <message>
        <source>Your drawing with noise added (left), what the denoising model makes of it (middle) and what a plain model makes of it (right). Each error is measured against your clean drawing, not the noisy one.</source>
        <translation>加了噪声的手绘图（左）、去噪模型对它的处理结果（中）和普通模型的处理结果（右）。每个误差都是相对于你干净的手绘图计算的，而不是相对于含噪的那张。</translation>
    </message>
    <message>
        <source>Gaussian noise adds a random amount to every pixel; salt and pepper sets random pixels to black or white; masking switches random pixels off. The level is how strong the noise is. The denoiser was trained to output clean digits from noisy ones, so it learned to ignore noise; the plain model was trained to copy, so it copies the noise too. At high levels the noise hides most of the digit, and the denoiser&apos;s output fades towards an empty, dark image: its safest guess when nothing looks like a digit any more.</source>
        <translation>高斯噪声给每个像素加上一个随机量；椒盐噪声把随机选中的像素设为黑色或白色；掩码噪声把随机选中的像素关闭。强度表示噪声有多强。去噪模型被训练为从含噪数字输出干净数字，因此学会了忽略噪声；普通模型被训练为复制输入，所以连噪声也一起复制。强度很高时，噪声会遮住数字的大部分，去噪模型的输出会逐渐淡化为一张空白的暗色图像：当输入已经不像任何数字时，这是它最稳妥的猜测。</translation>
    </message>
    <message>
        <source>Move the slider slowly from 0 to 1 and watch where each model gives up. Press &quot;New noise&quot; for another random pattern.</source>
        <translation>把滑块从 0 慢慢移到 1，观察每个模型在哪里撑不住。按“新噪声”可换一种随机图案。</translation>
    </message>
    <message>
        <source>The model card</source>
        <translation>模型卡片</translation>
    </message>
    <message>
        <source>What the selected model is: its layers with their output shapes, the tutorial it follows, how it was trained and its error on the 10,000 MNIST test digits.</source>
        <translation>所选模型的概况：各层及其输出形状、它所依据的教程、训练方式，以及它在 10,000 个 MNIST 测试数字上的误差。</translation>
    </message>
    <message>
        <source>The test error is measured on digits the model never saw in training, so it tells how well the model generalises.</source>
        <translation>测试误差是在模型训练时从未见过的数字上测得的，因此反映了模型的泛化能力。</translation>
    </message>
    <message>
        <source>Compare the layer lists of the vanilla and the deep model: same code size, more layers.</source>
        <translation>比较基础模型和深层模型的层列表：编码维度相同，层数更多。</translation>
    </message>
    <message>
        <source>The latent map</source>
        <translation>潜在空间图</translation>
    </message>
    <message>
        <source>Every dot is one MNIST test digit placed at its 2-value code and coloured by what digit it really is. The &lt;b&gt;star&lt;/b&gt; is your drawing&apos;s code; the &lt;b&gt;cross&lt;/b&gt; is the point you clicked, decoded on the right; the &lt;b&gt;dashed box&lt;/b&gt; is the range the manifold below covers.</source>
        <translation>每个点是一个 MNIST 测试数字，位于其 2 个值的编码处，颜色表示它实际是哪个数字。&lt;b&gt;星号&lt;/b&gt;是你手绘图的编码；&lt;b&gt;十字&lt;/b&gt;是你点击的点，其解码结果显示在右侧；&lt;b&gt;虚线框&lt;/b&gt;是下方流形所覆盖的范围。</translation>
    </message>
    <message>
        <source>The encoder of a model with a 2-value code turns each digit into a point; decoding a point shows what the model imagines there. The manifold decodes an n × n grid of points over the box.</source>
        <translation>编码为 2 个值的模型，其编码器把每个数字变成一个点；解码一个点，就能看到模型想象中那里是什么。流形则对框内 n × n 网格上的点逐一解码。</translation>
    </message>
    <message>
        <source>Click between two clusters: what does the decoder draw there? Compare the 2-D latent model with the VAE.</source>
        <translation>点击两个簇之间的位置：解码器在那里画出了什么？比较二维潜在空间模型与 VAE。</translation>
    </message>
    <message>
        <source>Editing the code</source>
        <translation>编辑编码</translation>
    </message>
    <message>
        <source>One slider per code value, starting at your drawing&apos;s code. Moving a slider changes that value and decodes the result at once.</source>
        <translation>每个编码值对应一个滑块，初始值为你手绘图的编码。移动滑块会改变该值，并立即解码结果。</translation>
    </message>
    <message>
        <source>σ (sigma) beside a value is its standard deviation over the test digits: how much that value usually varies. The sliders are ordered by σ, most varied first, and span a few σ around the typical values.</source>
        <translation>值旁边的 σ（sigma）是它在测试数字上的标准差，即该值通常的变化幅度。滑块按 σ 排序，变化最大的在前，范围覆盖典型值附近的几个 σ。</translation>
    </message>
    <message>
        <source>Move the first slider: which stroke does it control? Values with a small σ change little.</source>
        <translation>移动第一个滑块：它控制的是哪一笔？σ 小的值变化不大。</translation>
    </message>
    <message>
        <source>Nearest digits and the verdict</source>
        <translation>最近邻数字与判定</translation>
    </message>
    <message>
        <source>The test digits whose codes are closest to your drawing&apos;s code, with their distance, and a verdict: the digit most of them are.</source>
        <translation>编码与你手绘图的编码最接近的测试数字及其距离，以及一个判定：它们中多数是哪个数字。</translation>
    </message>
    <message>
        <source>Distance is measured between codes (the straight-line distance, on codes scaled by their spread). Real digits usually sit close to neighbours of their own class; a drawing far from every test digit does not look like any digit.</source>
        <translation>距离是在编码之间测量的（按各自离散程度缩放后的编码之间的直线距离）。真实的数字通常靠近同类的近邻；离所有测试数字都很远的手绘图，看起来不像任何数字。</translation>
    </message>
    <message>
        <source>Draw a 4 that could be a 9 and see how the votes split. Draw a letter and watch the distances grow.</source>
        <translation>画一个既像 4 又像 9 的数字，看看投票如何分布。画一个字母，观察距离变大。</translation>
    </message>
    <message>
        <source>Training a model</source>
        <translation>训练模型</translation>
    </message>
    <message>
        <source>A real Keras fit in the background: the loss per batch and per epoch, the validation loss on digits held out from training, and after each epoch the reconstructions of ten test digits and of your drawing.</source>
        <translation>在后台真正运行 Keras 的 fit：显示每个批次和每轮的损失、用训练时留出的数字计算的验证损失，以及每轮结束后十个测试数字和你手绘图的重建。</translation>
    </message>
    <message>
        <source>Each epoch passes over all training digits once, in batches; after every batch the optimizer nudges the weights to lower the loss. If the validation loss stops falling while the training loss still does, the model has started to memorise.</source>
        <translation>每一轮把所有训练数字分批过一遍；每个批次之后，优化器会微调权重以降低损失。如果验证损失不再下降而训练损失仍在下降，说明模型开始死记硬背了。</translation>
    </message>
    <message>
        <source>Train a vanilla model with a code of 8 for 2 epochs and compare its error with the shipped one.</source>
        <translation>训练一个编码维度为 8 的基础模型，训练 2 轮，并将其误差与内置模型比较。</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Explain: {0}</source>
        <translation>解释：{0}</translation>
    </message>
    <message>
        <source>Explain this panel</source>
        <translation>解释此面板</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Autoencoder Studio could not save the choice ({0}). Start it with --language {1} to use that language.</source>
        <translation>Autoencoder Studio 无法保存此选择（{0}）。要使用该语言，请用 --language {1} 启动程序。</translation>
    </message>
    <message>
        <source>Autoencoder Studio could not start again by itself. Start it as usual: it will speak {0}.</source>
        <translation>Autoencoder Studio 无法自动重新启动。请照常启动程序，界面将使用{0}。</translation>
    </message>
    <message>
        <source>Autoencoder Studio will speak {0} from its next start.</source>
        <translation>Autoencoder Studio 将在下次启动时改用{0}。</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LatentMapPage</name>
    <message>
        <source>Click or drag on the map to decode any point.</source>
        <translation>在图上点击或拖动，即可解码任意一点。</translation>
    </message>
    <message>
        <source>How many decoded digits the grid has along each side.</source>
        <translation>网格每边解码多少个数字。</translation>
    </message>
    <message>
        <source>The smallest z₁ the grid decodes.</source>
        <translation>网格解码的最小 z₁。</translation>
    </message>
    <message>
        <source>The largest z₁ the grid decodes.</source>
        <translation>网格解码的最大 z₁。</translation>
    </message>
    <message>
        <source>The smallest z₂ the grid decodes.</source>
        <translation>网格解码的最小 z₂。</translation>
    </message>
    <message>
        <source>The largest z₂ the grid decodes.</source>
        <translation>网格解码的最大 z₂。</translation>
    </message>
    <message>
        <source>Fit to the test digits</source>
        <translation>适配测试数字范围</translation>
    </message>
    <message>
        <source>Manifold: an n × n grid of decodes over the range</source>
        <translation>流形：在该范围内解码 n × n 网格</translation>
    </message>
    <message>
        <source>Decoded point</source>
        <translation>解码点</translation>
    </message>
    <message>
        <source>Manifold range</source>
        <translation>流形范围</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x 从</translation>
    </message>
    <message>
        <source>x to</source>
        <translation>x 到</translation>
    </message>
    <message>
        <source>y from</source>
        <translation>y 从</translation>
    </message>
    <message>
        <source>y to</source>
        <translation>y 到</translation>
    </message>
    <message>
        <source>{0}: code value 1</source>
        <translation>{0}：编码值 1</translation>
    </message>
    <message>
        <source>code value 2</source>
        <translation>编码值 2</translation>
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
        <translation>准备好后请按“下一步”。</translation>
    </message>
    <message>
        <source>Waiting for a drawing the app reads as a {0}.</source>
        <translation>等待一张被识别为 {0} 的手绘图。</translation>
    </message>
    <message>
        <source>Waiting for a drawing the app reads as a digit.</source>
        <translation>等待一张被识别为数字的手绘图。</translation>
    </message>
    <message>
        <source>Waiting for a drawing that is not a digit.</source>
        <translation>等待一张不是数字的手绘图。</translation>
    </message>
    <message>
        <source>Waiting for you to open that tab.</source>
        <translation>等待你打开该选项卡。</translation>
    </message>
    <message>
        <source>Waiting for you to select that model.</source>
        <translation>等待你选择该模型。</translation>
    </message>
    <message>
        <source>Waiting for that noise in the noise demo.</source>
        <translation>等待噪声演示中出现该噪声。</translation>
    </message>
    <message>
        <source>Waiting for a click on the map in the right place.</source>
        <translation>等待你在图上正确的位置点击。</translation>
    </message>
    <message>
        <source>Waiting for a finished training run with those settings.</source>
        <translation>等待用这些设置完成一次训练。</translation>
    </message>
    <message>
        <source>The lesson you are following and which of its steps you are on.</source>
        <translation>你正在学习的课程，以及当前所在的步骤。</translation>
    </message>
    <message>
        <source>What this step explains and asks you to do; the app sees when it is done.</source>
        <translation>本步骤讲解的内容和要求你做的事；完成后应用会自动识别。</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Show a hint for this step</source>
        <translation>显示本步骤的提示</translation>
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
        <translation>停止课程</translation>
    </message>
    <message>
        <source>Hide the lesson bar; the Lessons tab remembers where you are</source>
        <translation>隐藏课程栏；“课程”选项卡会记住你的进度</translation>
    </message>
    <message>
        <source>{0}: finished</source>
        <translation>{0}：已完成</translation>
    </message>
    <message>
        <source>Well done! The lesson&apos;s question is waiting in the Lessons tab.</source>
        <translation>做得好！本课的问题在“课程”选项卡中等着你。</translation>
    </message>
    <message>
        <source>{0} · step {1} of {2}</source>
        <translation>{0} · 第 {1} 步，共 {2} 步</translation>
    </message>
    <message>
        <source>✓ Step {0} done.</source>
        <translation>✓ 第 {0} 步已完成。</translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <source>Each lesson follows a tutorial; ✓ marks the ones you finished</source>
        <translation>每节课程都跟随一篇教程；✓ 标记你已完成的课程</translation>
    </message>
    <message>
        <source>The lesson&apos;s number in the list and its title.</source>
        <translation>课程在列表中的序号及其标题。</translation>
    </message>
    <message>
        <source>The lesson&apos;s steps in order; ▶ marks the one to do now.</source>
        <translation>课程的各个步骤，按顺序排列；▶ 标记当前要做的步骤。</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>开始课程</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <source>Open my lessons folder</source>
        <translation>打开我的课程文件夹</translation>
    </message>
    <message>
        <source>Put lesson files of your own here (see docs/LESSONS.md), then reload; a lesson with the same file name replaces the shipped one</source>
        <translation>把你自己的课程文件放在这里（见 docs/LESSONS.md），然后重新加载；与内置课程文件同名的课程会替换内置课程</translation>
    </message>
    <message>
        <source>Reload lessons</source>
        <translation>重新加载课程</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation>&lt;b&gt;课程&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Skipped (damaged): {0}. Details are in the log.</source>
        <translation>已跳过（已损坏）：{0}。详细信息见日志。</translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation>未找到课程</translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation>问题：{0}</translation>
    </message>
    <message>
        <source>Continue lesson</source>
        <translation>继续课程</translation>
    </message>
    <message>
        <source>Could not open a file manager. The folder is: {0}</source>
        <translation>无法打开文件管理器。文件夹位置：{0}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>val_loss</source>
        <translation>验证损失</translation>
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
        <translation>绘制</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>绘制(&amp;D)</translation>
    </message>
    <message>
        <source>Draw tab</source>
        <translation>“绘制”选项卡</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Train tab</source>
        <translation>“训练”选项卡</translation>
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
        <translation>“探索”选项卡</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Lessons tab</source>
        <translation>“课程”选项卡</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>新手导览(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Autoencoder Studio</source>
        <translation>关于 Autoencoder Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Draw a digit here with the mouse: left button draws, right button erases, Ctrl+Z undoes a stroke.</source>
        <translation>用鼠标在这里画一个数字：左键绘制，右键擦除，Ctrl+Z 撤销一笔。</translation>
    </message>
    <message>
        <source>Every model rebuilds your drawing while you draw. The numbers are their errors; click a model to look inside it.</source>
        <translation>你绘制时，每个模型都在重建你的手绘图。数字是它们的误差；点击模型可查看其内部。</translation>
    </message>
    <message>
        <source>The code: the few numbers the selected model keeps of your drawing. Its decoder draws the reconstruction from these alone.</source>
        <translation>编码：所选模型从你的手绘图中保留的少数几个数。解码器仅凭这些数画出重建结果。</translation>
    </message>
    <message>
        <source>Add noise to your drawing and see the denoising model clean it up while a plain model copies the noise.</source>
        <translation>给你的手绘图加上噪声，看去噪模型如何把它清理干净，而普通模型则连噪声也一起复制。</translation>
    </message>
    <message>
        <source>New to autoencoders? The Lessons tab walks you through the tutorials step by step. Every &quot;?&quot; explains its panel.</source>
        <translation>初次接触自编码器？“课程”选项卡会一步步带你学习这些教程。每个“?”都会解释它所在的面板。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>What the app is doing: how many models are loaded and how long that took.</source>
        <translation>应用正在做什么：已加载多少个模型，以及用了多长时间。</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Loading TensorFlow and the pretrained models…</source>
        <translation>正在加载 TensorFlow 和预训练模型…</translation>
    </message>
    <message numerus="yes">
        <source>%n models ready (loaded in {0:.1f} s).</source>
        <translation>
            <numerusform>%n 个模型已就绪（加载用时 {0:.1f} 秒）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unavailable: {0}.</source>
        <translation>
            <numerusform>%n 个不可用：{0}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The models could not be loaded.</source>
        <translation>无法加载模型。</translation>
    </message>
    <message>
        <source>Models not loaded</source>
        <translation>模型未加载</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&lt;b&gt;Autoencoder Studio {0}&lt;/b&gt;&lt;p&gt;Draw a digit and watch a zoo of MNIST autoencoders reconstruct it, live. Train your own in the Train tab, look inside their code space in the Explore tab.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Autoencoder Studio {0}&lt;/b&gt;&lt;p&gt;画一个数字，实时观看一组 MNIST 自编码器重建它。在“训练”选项卡中训练你自己的模型，在“探索”选项卡中查看它们的编码空间。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where the files are&lt;/b&gt;&lt;br&gt;Program: {0}&lt;br&gt;Shipped models: {1}&lt;br&gt;Bundled MNIST: {2}&lt;br&gt;Your trained models: {3}&lt;br&gt;Downloaded datasets: {4}&lt;br&gt;Settings: {5}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;文件位置&lt;/b&gt;&lt;br&gt;程序：{0}&lt;br&gt;内置模型：{1}&lt;br&gt;附带的 MNIST：{2}&lt;br&gt;你训练的模型：{3}&lt;br&gt;下载的数据集：{4}&lt;br&gt;设置：{5}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The code and the shipped weights are under the MIT licence. The MNIST database is © Yann LeCun and Corinna Cortes, under CC BY-SA 3.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;代码和内置权重采用 MIT 许可证。MNIST 数据库 © Yann LeCun 和 Corinna Cortes，采用 CC BY-SA 3.0 许可。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Autoencoder Studio</source>
        <translation>关于 Autoencoder Studio</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>cosine</source>
        <translation>余弦衰减</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>未知数据</translation>
    </message>
    <message>
        <source>Not recorded (an untrained or imported model).</source>
        <translation>未记录（未训练或导入的模型）。</translation>
    </message>
    <message numerus="yes">
        <source>{0}, {1} epochs in %n stages</source>
        <translation>
            <numerusform>{0}，共 {1} 轮，分 %n 个阶段</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, epochs not recorded</source>
        <translation>{0}，轮数未记录</translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs (best {1})</source>
        <translation>
            <numerusform>{0}，%n 轮（最佳为第 {1} 轮）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs</source>
        <translation>
            <numerusform>{0}，%n 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, learning rate {1} {2}, {3} loss, batch {4}</source>
        <translation>{0}，学习率 {1} {2}，{3} 损失，批大小 {4}</translation>
    </message>
    <message>
        <source>inputs with noise {0} ({1}, one per digit)</source>
        <translation>输入噪声强度 {0}（{1}，每个数字一种）</translation>
    </message>
    <message numerus="yes">
        <source>then %n epochs from learning rate {0} {1}</source>
        <translation>
            <numerusform>随后从学习率 {0} {1} 再训练 %n 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>{0:.0%} of code values exactly zero</source>
        <translation>{0:.0%} 的编码值恰好为零</translation>
    </message>
    <message>
        <source>widest digit class spreads {0:.1f}× as wide as the median class</source>
        <translation>最分散的数字类别，其分布宽度是中位类别的 {0:.1f}×</translation>
    </message>
    <message>
        <source>BCE under noise 0.5: {0}</source>
        <translation>噪声强度 0.5 下的 BCE：{0}</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>未记录。</translation>
    </message>
    <message>
        <source>loss {0:.4f} after epoch {1}, {2:.4f} after epoch {3} (validation {4:.4f})</source>
        <translation>第 {1} 轮后损失 {0:.4f}，第 {3} 轮后 {2:.4f}（验证 {4:.4f}）</translation>
    </message>
    <message>
        <source>Not measured.</source>
        <translation>未测量。</translation>
    </message>
    <message>
        <source>BCE {0:.4f}, MSE {1:.4f} on the 10,000 test digits</source>
        <translation>在 10,000 个测试数字上 BCE {0:.4f}，MSE {1:.4f}</translation>
    </message>
    <message>
        <source>target ≤ {0:.4f}</source>
        <translation>目标 ≤ {0:.4f}</translation>
    </message>
    <message>
        <source>the tutorial reports {0}</source>
        <translation>教程报告的值为 {0}</translation>
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
            <numerusform>你的模型，在 {0} 上训练了 %n 轮。</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours, opened from a file.</source>
        <translation>你的模型，从文件打开。</translation>
    </message>
    <message>
        <source>Recipe from</source>
        <translation>配方来源</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>教程</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}, {3:.1f}× compression</source>
        <translation>{0}：{1} → {2}，压缩比 {3:.1f}×</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>History</source>
        <translation>训练历史</translation>
    </message>
    <message>
        <source>Test error</source>
        <translation>测试误差</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Restore the shipped model</source>
        <translation>恢复内置模型</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>各层</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Show the Keras code</source>
        <translation>显示 Keras 代码</translation>
    </message>
    <message>
        <source>Unavailable:</source>
        <translation>不可用：</translation>
    </message>
</context>
<context>
    <name>ModelHub</name>
    <message>
        <source>Loading the models</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <source>The models could not be loaded. {0}</source>
        <translation>无法加载模型。{0}</translation>
    </message>
    <message>
        <source>No shipped model is named {0}.</source>
        <translation>没有名为 {0} 的内置模型。</translation>
    </message>
</context>
<context>
    <name>ModelOpener</name>
    <message>
        <source>Opening the model</source>
        <translation>正在打开模型</translation>
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
        <translation>正在加载…</translation>
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
        <translation>来自手绘图</translation>
    </message>
    <message>
        <source>Where this end&apos;s digit comes from: the drawing or an MNIST test digit (#number).</source>
        <translation>这一端的数字来源：手绘图，或某个 MNIST 测试数字（#编号）。</translation>
    </message>
    <message>
        <source>Show this MNIST test digit here</source>
        <translation>在这里显示该 MNIST 测试数字</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>A random MNIST test digit</source>
        <translation>随机选取一个 MNIST 测试数字</translation>
    </message>
    <message>
        <source>Test digit</source>
        <translation>测试数字</translation>
    </message>
    <message>
        <source>Shows: {0}</source>
        <translation>显示：{0}</translation>
    </message>
</context>
<context>
    <name>MorphPage</name>
    <message>
        <source>How far along the straight line from A&apos;s code to B&apos;s the decoded code is.</source>
        <translation>解码所用的编码在从 A 的编码到 B 的编码的直线上走了多远。</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> 帧</translation>
    </message>
    <message>
        <source>How many images the strip from A to B has.</source>
        <translation>从 A 到 B 的渐变条包含多少张图像。</translation>
    </message>
    <message>
        <source>Export strip…</source>
        <translation>导出渐变条…</translation>
    </message>
    <message>
        <source>Strip:</source>
        <translation>渐变条：</translation>
    </message>
    <message>
        <source>Morph</source>
        <translation>渐变</translation>
    </message>
    <message>
        <source>Strip from A to B</source>
        <translation>从 A 到 B 的渐变条</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>手绘图</translation>
    </message>
    <message>
        <source>test digit #{0}, a {1}</source>
        <translation>测试数字 #{0}（数字 {1}）</translation>
    </message>
    <message>
        <source>{0:.0%} of the way from A to B</source>
        <translation>从 A 到 B 已走 {0:.0%}</translation>
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
        <translation>要显示的最近邻测试数字个数。</translation>
    </message>
    <message>
        <source>Neighbours:</source>
        <translation>近邻数：</translation>
    </message>
    <message>
        <source>The drawing, as the models see it</source>
        <translation>模型看到的手绘图</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab.</source>
        <translation>请在“绘制”选项卡中画一个数字。</translation>
    </message>
    <message>
        <source>The verdict: the digit most of the nearest training digits (by distance between codes) are, how many of them agree, and how typical the drawing is.</source>
        <translation>判定：最近的训练数字（按编码之间的距离）中多数是哪个数字、有多少个一致，以及手绘图的典型度。</translation>
    </message>
    <message>
        <source>Nearest MNIST test digits by code direction (label · distance)</source>
        <translation>按编码方向最接近的 MNIST 测试数字（标签 · 距离）</translation>
    </message>
    <message>
        <source>All test codes projected on their two main axes (PCA)</source>
        <translation>所有测试编码在其两条主轴上的投影（PCA）</translation>
    </message>
    <message>
        <source>axis 1 ({0:.0%} of the variance)</source>
        <translation>轴 1（占方差的 {0:.0%}）</translation>
    </message>
    <message>
        <source>axis 2 ({0:.0%})</source>
        <translation>轴 2（{0:.0%}）</translation>
    </message>
    <message>
        <source>Encoding the test digits…</source>
        <translation>正在对测试数字编码…</translation>
    </message>
    <message>
        <source>The nearest digits need the MNIST test digits.</source>
        <translation>最近邻数字需要 MNIST 测试数字。</translation>
    </message>
    <message>
        <source>No verdict: {0}</source>
        <translation>无法判定：{0}</translation>
    </message>
    <message>
        <source>Looks like a &lt;b&gt;{0}&lt;/b&gt;: {1} of {2} nearest training digits agree · typicality {3:.0%}</source>
        <translation>看起来像 &lt;b&gt;{0}&lt;/b&gt;：{2} 个最近的训练数字中有 {1} 个一致 · 典型度 {3:.0%}</translation>
    </message>
    <message>
        <source>its nearest training digits (mostly {0}s) are {1:.2f} away in the judging models&apos; codes, where a digit&apos;s usually are {2:.2f}–{3:.2f} away</source>
        <translation>它最近的训练数字（大多是 {0}）在判定模型的编码中相距 {1:.2f}，而一个数字与其最近训练数字通常相距 {2:.2f}–{3:.2f}</translation>
    </message>
    <message>
        <source>its code is far from every digit&apos;s usual codes</source>
        <translation>它的编码离所有数字的常见编码都很远</translation>
    </message>
    <message>
        <source>the models cannot redraw it well</source>
        <translation>模型无法很好地重画它</translation>
    </message>
    <message>
        <source>its nearest digits disagree</source>
        <translation>它最近的数字意见不一</translation>
    </message>
    <message>
        <source>&lt;b&gt;Does not look like any digit&lt;/b&gt;: {0}. Typicality {1:.1%}; a digit needs {2:.0%}.</source>
        <translation>&lt;b&gt;看起来不像任何数字&lt;/b&gt;：{0}。典型度 {1:.1%}；数字至少需要 {2:.0%}。</translation>
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
        <translation>噪声强度：0 为干净的手绘图，1 为最强的噪声。</translation>
    </message>
    <message>
        <source>The noise factor: 0 is the clean drawing, 1 the strongest noise.</source>
        <translation>噪声强度：0 为干净的手绘图，1 为最强的噪声。</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>新噪声</translation>
    </message>
    <message>
        <source>Draw a new random noise pattern.</source>
        <translation>生成一组新的随机噪声图案。</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>The errors of the image above against the clean drawing: binary cross-entropy (BCE) and mean squared error (MSE) over its 784 pixels; lower is closer.</source>
        <translation>上方图像相对于干净手绘图的误差：在 784 个像素上计算的二元交叉熵（BCE）和均方误差（MSE）；越低越接近。</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>BCE {0:.3f}
MSE {1:.3f}</source>
        <translation>BCE {0:.3f}
MSE {1:.3f}</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>画一个数字</translation>
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
        <translation>{0} 小时 {1:02d} 分</translation>
    </message>
    <message>
        <source>Epoch {0} of {1}</source>
        <translation>第 {0}/{1} 轮</translation>
    </message>
    <message>
        <source>batch {0}/{1}</source>
        <translation>批次 {0}/{1}</translation>
    </message>
    <message>
        <source>loss {0:.4f}</source>
        <translation>损失 {0:.4f}</translation>
    </message>
    <message>
        <source>{0:,.0f} digits/s</source>
        <translation>{0:,.0f} 个数字/秒</translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation>剩余约 {0}</translation>
    </message>
    <message>
        <source>Set up a run and press Start.</source>
        <translation>设置好训练参数后按“开始训练”。</translation>
    </message>
    <message>
        <source>epoch: %p%</source>
        <translation>本轮：%p%</translation>
    </message>
    <message>
        <source>run: %v of %m epochs</source>
        <translation>全程：%v / %m 轮</translation>
    </message>
    <message>
        <source>How much of the current epoch (one pass over the training digits) is done.</source>
        <translation>当前这一轮（把训练数字完整过一遍）已完成多少。</translation>
    </message>
    <message>
        <source>How many of the run&apos;s epochs are done.</source>
        <translation>本次训练的各轮已完成多少。</translation>
    </message>
    <message>
        <source>This epoch</source>
        <translation>本轮</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>全程</translation>
    </message>
    <message>
        <source>Test images of {0} (top) and the model&apos;s reconstructions (bottom) after the last epoch; right: your drawing.</source>
        <translation>{0} 的测试图像（上）和最后一轮后模型的重建（下）；右侧：你的手绘图。</translation>
    </message>
</context>
<context>
    <name>RunBanner</name>
    <message>
        <source>loss {0:.4f}</source>
        <translation>损失 {0:.4f}</translation>
    </message>
    <message>
        <source>val loss {0:.4f}</source>
        <translation>验证损失 {0:.4f}</translation>
    </message>
    <message>
        <source>test BCE {0:.4f}</source>
        <translation>测试 BCE {0:.4f}</translation>
    </message>
    <message>
        <source>Save this model</source>
        <translation>保存此模型</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Use in Draw tab</source>
        <translation>在“绘制”选项卡中使用</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{0}&lt;/b&gt;: {1}.</source>
        <translation>已保存为 &lt;b&gt;{0}&lt;/b&gt;：{1}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This run diverged&lt;/b&gt;: its loss reached {0:.4g} in epoch {1} (last epoch {2:.4f}), so the reconstructions all look alike. Try a learning rate well below {3:g}.</source>
        <translation>&lt;b&gt;本次训练发散了&lt;/b&gt;：第 {1} 轮的损失达到 {0:.4g}（最后一轮为 {2:.4f}），因此所有重建看起来都一样。请尝试远低于 {3:g} 的学习率。</translation>
    </message>
    <message>
        <source>Stopped. The model after epoch {0} is kept ({1}). Save it to use it later?</source>
        <translation>已停止。第 {0} 轮后的模型已保留（{1}）。要保存它以便以后使用吗？</translation>
    </message>
    <message>
        <source>The trained model could not be saved in {0}: {1}. It is kept in memory ({2}): free some space and retry, or save it elsewhere.</source>
        <translation>训练好的模型无法保存到 {0}：{1}。它仍保留在内存中（{2}）：请释放一些空间后重试，或保存到其他位置。</translation>
    </message>
</context>
<context>
    <name>SampleStrip</name>
    <message>
        <source>your drawing</source>
        <translation>你的手绘图</translation>
    </message>
    <message>
        <source>draw a digit in the Draw tab</source>
        <translation>请在“绘制”选项卡中画一个数字</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Alt and a menu&apos;s underlined letter opens it; Tab moves between the controls of a tab.</source>
        <translation>按 Alt 加菜单中带下划线的字母可打开该菜单；按 Tab 可在选项卡内的控件之间移动。</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message numerus="yes">
        <source>%n epochs from {0:g}, {1}</source>
        <translation>
            <numerusform>%n 轮，初始学习率 {0:g}，{1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TensorBoardGroup</name>
    <message>
        <source>Write TensorBoard logs</source>
        <translation>写入 TensorBoard 日志</translation>
    </message>
    <message>
        <source>Folder for the logs</source>
        <translation>存放日志的文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Each run writes into its own sub-folder.</source>
        <translation>每次训练写入各自的子文件夹。</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>choose a folder for the logs</source>
        <translation>请选择存放日志的文件夹</translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation>TensorBoard 日志文件夹</translation>
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
        <translation>测试数字 #{0}：数字 {1}，在编码空间中的距离为 {2:.3f}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Skip the tour</source>
        <translation>跳过导览</translation>
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
        <translation>编码维度</translation>
    </message>
    <message>
        <source>Values in the code (the bottleneck).</source>
        <translation>编码中值的个数（瓶颈）。</translation>
    </message>
    <message>
        <source>Hidden sizes</source>
        <translation>隐藏层宽度</translation>
    </message>
    <message>
        <source>Encoder layer widths before the code, e.g. 128, 64 (mirrored in the decoder); leave empty for none.</source>
        <translation>编码之前各编码器层的宽度，例如 128, 64（解码器中按镜像对称）；留空表示没有隐藏层。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>卷积核数</translation>
    </message>
    <message>
        <source>Filters per conv + pooling block, e.g. 16, 8, 8 (mirrored in the decoder).</source>
        <translation>每个卷积 + 池化块的卷积核数，例如 16, 8, 8（解码器中按镜像对称）。</translation>
    </message>
    <message>
        <source>L1 on the code</source>
        <translation>编码上的 L1</translation>
    </message>
    <message>
        <source>Strength of the sparsity penalty on the code (0 for none).</source>
        <translation>编码上稀疏性惩罚的强度（0 表示不加）。</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>余弦衰减</translation>
    </message>
    <message>
        <source>a number from {0:g} to {1:g}</source>
        <translation>{0:g} 到 {1:g} 之间的数</translation>
    </message>
    <message>
        <source>whole numbers separated by commas</source>
        <translation>用逗号分隔的整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数</translation>
    </message>
    <message>
        <source>{0} to {1} numbers</source>
        <translation>{0} 到 {1} 个数</translation>
    </message>
    <message>
        <source>each from {0:g} to {1:g}</source>
        <translation>每个在 {0:g} 到 {1:g} 之间</translation>
    </message>
    <message>
        <source>TensorBoard is not installed. To log runs, install it into the app&apos;s environment: pip install tensorboard.</source>
        <translation>未安装 TensorBoard。要记录训练日志，请将它安装到本应用的环境中：pip install tensorboard</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Shipped model&apos;s recipe</source>
        <translation>内置模型的配方</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>模型类型</translation>
    </message>
    <message>
        <source>The autoencoder family and layout to train.</source>
        <translation>要训练的自编码器类别和结构。</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Fill the form with a tutorial&apos;s settings.</source>
        <translation>用某篇教程的设置填写表单。</translation>
    </message>
    <message>
        <source>Input noise</source>
        <translation>输入噪声</translation>
    </message>
    <message>
        <source>Noise added to the inputs while training (a denoiser); 0 for none.</source>
        <translation>训练时加到输入上的噪声（用于训练去噪模型）；0 表示不加。</translation>
    </message>
    <message>
        <source>Noise kinds</source>
        <translation>噪声类型</translation>
    </message>
    <message>
        <source>Each training digit gets one of the ticked noises, drawn at random.</source>
        <translation>每个训练数字会从勾选的噪声中随机选取一种。</translation>
    </message>
    <message>
        <source>What this variant is, its layer sizes, and the tutorial it comes from.</source>
        <translation>此模型类型是什么、各层大小，以及它来自哪篇教程。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Training digits</source>
        <translation>训练数字</translation>
    </message>
    <message>
        <source>How many training images to use (a fifth of them, at most 5,000, is held out for validation).</source>
        <translation>使用多少张训练图像（其中五分之一、最多 5,000 张留作验证）。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Passes over the training digits.</source>
        <translation>遍历训练数字的次数。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Digits per gradient step.</source>
        <translation>每个梯度步使用的数字个数。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>For example 0.001 or 1e-3.</source>
        <translation>例如 0.001 或 1e-3。</translation>
    </message>
    <message>
        <source>Rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Keep the rate, or let it decay to zero along a cosine.</source>
        <translation>保持学习率不变，或让它沿余弦曲线衰减到零。</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>预热轮数</translation>
    </message>
    <message>
        <source>Epochs over which a cosine schedule ramps the rate up from 1% (keeps more ReLU units alive).</source>
        <translation>余弦调度在这些轮内把学习率从 1% 逐步升高（可让更多 ReLU 单元保持活跃）。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same seed and settings give the same model.</source>
        <translation>相同的种子和设置会得到相同的模型。</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>第 2 阶段</translation>
    </message>
    <message>
        <source>{0}
From: {1}</source>
        <translation>{0}
来自：{1}</translation>
    </message>
    <message>
        <source>a number, e.g. 0.001</source>
        <translation>一个数，例如 0.001</translation>
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
        <translation>{0:g} 是预设值 {2:g} 的 {1:.0f}×：损失可能会爆炸（发散）。除非你想看看这种情况，否则请调低。</translation>
    </message>
    <message>
        <source>Refine afterwards</source>
        <translation>之后继续精调</translation>
    </message>
    <message>
        <source>Train further with a second, gentler cosine cycle after the first.</source>
        <translation>在第一个余弦周期之后，再用一个更温和的余弦周期继续训练。</translation>
    </message>
    <message>
        <source>cosine decay</source>
        <translation>余弦衰减</translation>
    </message>
    <message>
        <source>constant rate</source>
        <translation>恒定学习率</translation>
    </message>
    <message>
        <source>{0}, from the first stage&apos;s weights (as the shipped model was trained).</source>
        <translation>{0}，从第一阶段的权重开始（与内置模型的训练方式相同）。</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Loading {0}…</source>
        <translation>正在加载 {0}…</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>正在构建模型…</translation>
    </message>
    <message>
        <source>Measuring on the test digits…</source>
        <translation>正在测试数字上评估…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation>保存训练好的模型</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Keras 模型 (*.keras)</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>取消训练</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keras code…</source>
        <translation>Keras 代码…</translation>
    </message>
    <message>
        <source>Show the Keras code for these settings</source>
        <translation>显示这些设置对应的 Keras 代码</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>请先修正标红的字段。</translation>
    </message>
    <message>
        <source>shipped model, test BCE</source>
        <translation>内置模型，测试 BCE</translation>
    </message>
    <message>
        <source>tutorial&apos;s figure</source>
        <translation>教程中的数值</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>将在本批次结束后停止…</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epochs in {0}.</source>
        <translation>
            <numerusform>已完成 %n 轮，用时 {0}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epochs; the model is not saved yet.</source>
        <translation>
            <numerusform>已完成 %n 轮；模型尚未保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after {0} of %n epochs.</source>
        <translation>
            <numerusform>共 %n 轮，在第 {0} 轮后停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the first epoch finished; there is nothing to keep.</source>
        <translation>在第一轮结束前就停止了；没有可保留的内容。</translation>
    </message>
    <message>
        <source>The run failed; nothing was saved.</source>
        <translation>训练失败；未保存任何内容。</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>Stop training and quit?</source>
        <translation>要停止训练并退出吗？</translation>
    </message>
    <message>
        <source>Trained model not saved</source>
        <translation>训练好的模型未保存</translation>
    </message>
    <message>
        <source>The trained model could not be saved and will be lost. Quit anyway?</source>
        <translation>训练好的模型无法保存，将会丢失。仍要退出吗？</translation>
    </message>
</context>
<context>
    <name>TrainedModelsPanel</name>
    <message>
        <source>Open an autoencoder</source>
        <translation>打开自编码器</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Keras 模型 (*.keras)</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>正在检查 {0}…</translation>
    </message>
    <message>
        <source>{0} is now in the Draw tab.</source>
        <translation>{0} 已加入“绘制”选项卡。</translation>
    </message>
    <message>
        <source>Model not used</source>
        <translation>未使用该模型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>模型类型</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Val loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Test BCE</source>
        <translation>测试 BCE</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>In Draw tab</source>
        <translation>在“绘制”中</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>instead of the shipped {0}</source>
        <translation>替代内置的 {0}</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>{0} (diverged)</source>
        <translation>{0}（已发散）</translation>
    </message>
    <message>
        <source>{0}: {1}. Delete it, or keep it without its metadata.</source>
        <translation>{0}：{1}。请删除它，或不带元数据保留它。</translation>
    </message>
    <message>
        <source>The loss rose instead of falling: try a lower rate.</source>
        <translation>损失不降反升：请尝试更低的学习率。</translation>
    </message>
    <message>
        <source>&lt;b&gt;My trained models&lt;/b&gt;</source>
        <translation>&lt;b&gt;我训练的模型&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use in Draw tab</source>
        <translation>在“绘制”选项卡中使用</translation>
    </message>
    <message>
        <source>Add it to the Draw tab next to the shipped models</source>
        <translation>把它添加到“绘制”选项卡，与内置模型并列</translation>
    </message>
    <message>
        <source>Use instead of the shipped model</source>
        <translation>替代内置模型使用</translation>
    </message>
    <message>
        <source>Remove from Draw tab</source>
        <translation>从“绘制”选项卡中移除</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <source>Check a .keras autoencoder from anywhere and add it to the Draw tab</source>
        <translation>检查任意位置的 .keras 自编码器，并将其添加到“绘制”选项卡</translation>
    </message>
    <message>
        <source>Show models folder</source>
        <translation>显示模型文件夹</translation>
    </message>
    <message>
        <source>Keras code…</source>
        <translation>Keras 代码…</translation>
    </message>
    <message>
        <source>Show the Keras code of this run</source>
        <translation>显示本次训练的 Keras 代码</translation>
    </message>
    <message>
        <source>Keep without metadata</source>
        <translation>不带元数据保留</translation>
    </message>
    <message>
        <source>Accept an incomplete model as it is; its figures are lost</source>
        <translation>按原样接受不完整的模型；其各项数值将丢失</translation>
    </message>
    <message>
        <source>Use instead of the shipped {0}</source>
        <translation>替代内置的 {0} 使用</translation>
    </message>
    <message>
        <source>Restore the shipped {0}</source>
        <translation>恢复内置的 {0}</translation>
    </message>
    <message>
        <source>Use a diverged model?</source>
        <translation>使用已发散的模型？</translation>
    </message>
    <message>
        <source>{0} diverged: its loss rose instead of falling, so its reconstructions are all alike. Use it in the Draw tab anyway?</source>
        <translation>{0} 已发散：它的损失不降反升，因此所有重建都一样。仍要在“绘制”选项卡中使用它吗？</translation>
    </message>
    <message>
        <source>{0} now runs in the Draw tab instead of the shipped {1}.</source>
        <translation>{0} 现在替代内置的 {1} 在“绘制”选项卡中运行。</translation>
    </message>
    <message>
        <source>Shipped model not restored</source>
        <translation>内置模型未恢复</translation>
    </message>
    <message>
        <source>The shipped {0} is back in the Draw tab.</source>
        <translation>内置的 {0} 已回到“绘制”选项卡。</translation>
    </message>
    <message>
        <source>{0} was removed from the Draw tab.</source>
        <translation>{0} 已从“绘制”选项卡中移除。</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>未重命名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation>重命名模型</translation>
    </message>
    <message>
        <source>{0}
New name:</source>
        <translation>{0}
新名称：</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Delete {0} and its metrics for good?</source>
        <translation>要永久删除 {0} 及其指标吗？</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>{0} could not be deleted ({1}).</source>
        <translation>无法删除 {0}（{1}）。</translation>
    </message>
    <message>
        <source>No Keras code</source>
        <translation>没有 Keras 代码</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>未保留</translation>
    </message>
    <message>
        <source>{0} could not be updated ({1}).</source>
        <translation>无法更新 {0}（{1}）。</translation>
    </message>
    <message>
        <source>No file manager could be opened. Your models are in {0} (select the path to copy it).</source>
        <translation>无法打开文件管理器。你的模型位于 {0}（选中路径即可复制）。</translation>
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
        <translation>手绘图相对于模型所学的手写数字有多典型：在基础、深层和卷积模型的共同评判下，典型程度不如它的训练数字所占的比例（依据它们的编码与真实数字有多接近、重画得有多好、最近的数字是否一致）。低于 {0:.0%}（刻度线）时，它看起来不像任何数字。</translation>
    </message>
    <message>
        <source>The verdict follows once the models have loaded…</source>
        <translation>模型加载完成后即给出判定…</translation>
    </message>
    <message>
        <source>No verdict: {0}</source>
        <translation>无法判定：{0}</translation>
    </message>
    <message>
        <source>Draw a digit to see how typical it is.</source>
        <translation>画一个数字，看看它有多典型。</translation>
    </message>
    <message>
        <source>Does not look like any digit (typicality {0:.1%})</source>
        <translation>看起来不像任何数字（典型度 {0:.1%}）</translation>
    </message>
    <message>
        <source>Looks like a {0} · typicality {1:.0%}</source>
        <translation>看起来像 {0} · 典型度 {1:.0%}</translation>
    </message>
</context>
<context>
    <name>WrittenNotice</name>
    <message>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <source>Wrote {0} to {1}.</source>
        <translation>已将 {0} 写入 {1}。</translation>
    </message>
    <message>
        <source>No file manager could be opened; the files are in {0}.</source>
        <translation>无法打开文件管理器；文件位于 {0}。</translation>
    </message>
</context>
</TS>
