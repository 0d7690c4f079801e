<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>ArchitectureDiagram</name>
    <message>
        <source>Each bar is one layer; its height grows with the number of values it holds (with its square root); the label under it is its shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeCompare</name>
    <message>
        <source>Compare with vanilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the vanilla model&apos;s code for the same drawing below the selected code, on one common scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the code&apos;s values are exactly zero: a sparse code switches most of its values off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected model is the vanilla model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a flat code of many values can be compared as bars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vanilla model&apos;s code is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n values are zero</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (vanilla: {1} of %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Runs with Keras 3 (any backend) and NumPy; no other package needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n lines to the clipboard.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Keras script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be written ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Keras code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras code: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeEditorPage</name>
    <message>
        <source>Reset to the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every slider back to the drawing&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code values, most varied over the test digits first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded edited code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawing&apos;s reconstruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  (σ {1:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code value&apos;s number; σ is how much it varies over the MNIST test digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value this slider sets in the code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeNumbering</name>
    <message>
        <source>value {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeSpace</name>
    <message>
        <source>Encoding the test digits with {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message numerus="yes">
        <source>%n values</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} = %n values</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected model&apos;s code for the drawing: one bar, point or map per value. Hover to read a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit to see its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vanilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code[{0}] = {1:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vanilla code[{0}] = {1:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code = ({0:.3f}, {1:.3f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, row {1}, column {2}: {3:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetNotice</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the dataset has been downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} is not on this computer.&lt;/b&gt; {1} Download it or choose the folder that holds its four IDX files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} could not be loaded.&lt;/b&gt; {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked in:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {0}: {1}, {2:.1f} of {3:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {0}: {1}, {2:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder holding {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>{0} (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was not found: download it or choose its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the download to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetService</name>
    <message>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceChoice</name>
    <message>
        <source>Devices are listed once Keras has loaded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processors the next run will train on, and their memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n devices</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Trains on: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run trained on: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigitScatter</name>
    <message>
        <source>digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawActions</name>
    <message>
        <source>&amp;Undo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a random MNIST &amp;test digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MNIST preprocessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST preprocessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop to the ink, even out the stroke width, fit into 20 × 20 and centre by centre of mass, as MNIST was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the 28 × 28 &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not on this computer: choose its folder or download it (the Explore tab&apos;s notice or the Train tab&apos;s dataset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the {0} test digits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded an MNIST test digit: a {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>How many values the selected model&apos;s code has, and the compression: 784 input pixels divided by the code&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstructions&lt;/b&gt; — click a model to inspect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise and denoising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit on the left to see this model reconstruct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noisy input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denoising model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (yours, instead of {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Runs instead of the shipped {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; code: {1} · {2} / {3} = &lt;b&gt;{4:.1f}× compression&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped model is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Left button draws, right button erases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit here

left button draws · right button erases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingPanel</name>
    <message>
        <source>Brush diameter in model pixels (the canvas is 28 model pixels across).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 % is a soft airbrush, 100 % a hard round pen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brush diameter in model pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brush hardness: 0 % soft airbrush, 100 % hard pen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model input: the drawing after preprocessing, 28 × 28 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.1f} px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>the model&apos;s sidecar holds no settings where they belong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s sidecar records no variant and training settings of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s sidecar holds settings this version does not know ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Keras loader for the dataset {dataset!r}; known: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subset must be a number of digits, not {subset!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these settings cannot be written out as Keras code ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Debian or Ubuntu: sudo apt install dataset-fashion-mnist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is larger than any file of this dataset can be ({limit:,} bytes): it is damaged or a different file. Delete it and provide the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}): its compressed data cannot be read. Delete it and provide the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}). Delete it and provide the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an IDX file of unsigned bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is truncated: its header is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is truncated or damaged: {size} bytes where its header promises {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} was not found. Looked in:
  {searched}
Put the four IDX files (plain or .gz) in one of these folders, set {variable} to a folder holding &apos;{folder}/&apos;, or download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is missing from {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not match the published {title} file (MD5 {digest}, expected {expected}). It is damaged or a different file: delete it and provide the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download {title} ({file}).
  {errors}
Check the internet connection, or put the files in a folder by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download is larger than the file can be ({limit:,} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch (MD5 {digest}, expected {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dataset {name!r}; known: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot train on {wanted} devices: this machine has {count} ({ids})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown device choice {option!r}: use &apos;auto&apos;, a number or a list of ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices {ids}: choose from {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices none or repeated: choose from {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {backend} backend trains on its default device only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch of {size} cannot be split over {count} devices; choose a multiple of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no English text (key &quot;en&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a non-empty text, or a map from language codes to texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be an object with a &quot;kind&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has an unknown kind {kind!r}; known: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({kind}) has unknown parameters: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({kind}) needs: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({kind}): {name} must be one of {choices}, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({kind}): {name} must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a lesson is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &quot;steps&quot; must list {low} to {high} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: step {number} must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &quot;question&quot; must be an object with &quot;text&quot; and &quot;answer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size:,} bytes; a lesson file is at most {most:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 JSON ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up to 80 letters, digits, spaces and - _ . ( ) +, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model named {name} exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salt and pepper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pretrained weights ship for this variant yet (make pretrain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: {size:,} bytes is far too big.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {path} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {path} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: it is not valid JSON ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: it is not shaped {{&quot;variants&quot;: {{name: {{...}}}}}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} No intact model file with a sidecar was found for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s file for {name} ({file!r}) is outside {folder}; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not match its SHA-256 in the manifest ({digest}…, expected {expected}…): it is damaged or was replaced. Reinstall the app, or remake it with make pretrain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its metadata field &apos;{field}&apos; holds {value}, which is not what it should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its metadata holds a history or test figure that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no metadata file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its metadata file describes another version of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a Keras model archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is refused: it would inflate to {size:,.0f} MB, far more than any model of this app ({most:.0f} MB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged or not a model this app can read ({kind}: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an autoencoder of this app: it has no {first} or {second} part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an autoencoder of this app: it has no {part} part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has input shape {shape}; an autoencoder here takes 28×28 digits (784 values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has output shape {shape}; an autoencoder here takes 28×28 digits (784 values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint in {folder} is damaged: {file} cannot be read ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run diverged: the loss became {loss} in epoch {epoch}. Try a lower learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint in {folder} was made with different settings or a different model than {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint in {folder} cannot be resumed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict&apos;s reference {file} is missing: run {command}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than a verdict reference can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict&apos;s reference {file} is damaged ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not the model the verdict&apos;s reference was made for: run {command}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This verdict&apos;s reference has no calibration digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high} numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each from {low:g} to {high:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {low:g} to {high:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 1 epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number in (0, 10]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 0 to fewer than the epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or more of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0 to {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 1 digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 1 epoch, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no architecture parameter {parameters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanilla dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hidden layer of 32 values: 784 → 32 → 784.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three dense layers each way: 784 → 128 → 64 → 32 → 64 → 128 → 784.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparse (top-k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vanilla model with a top-k code: each digit keeps only its 16 largest of the 32 code values; the other 16 (or more) are exactly zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolutional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three conv + pooling blocks down to a 4×4×8 code, mirrored back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denoising conv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns to map noisy digits back to clean ones: trained on Gaussian noise 0.5, then on a mix of Gaussian (3 in 5 digits), salt-and-pepper and masking noise at 0.5; 7×7×32 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squeezes each digit into two numbers: 784 → 256 → 2 → 256 → 784. The code is standardised (batch normalisation), so every digit class gets room on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variational (VAE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 2-D Gaussian code trained with BCE + KL; decoded from its mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial: vanilla, Adadelta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s first model exactly: Adadelta (lr 1.0), BCE, 50 epochs, batch 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial: sparse, L1 10e-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s sparse model: an L1 activity penalty of 10e-5 on the 32 relu code values, Adadelta (lr 1.0), BCE, 100 epochs, batch 256. Its code is smaller but rarely exactly zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial: vanilla 64, MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 64-value code trained with Adam on mean squared error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial: multilayer, MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>784 → 128 → 64 → 128 → 784 with Adam on mean squared error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial: denoiser 32-32-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three conv blocks (32, 32, 16) trained on noise 0.5 with Adam and BCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial: 2-D latent (relu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>784 → 32 → 2 → 32 → 784 with relu on the code, as the tutorial had it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {megabytes:,.0f} MB: too large for a drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} declares {width:,} × {height:,} pixels; a drawing may have at most {megapixels} megapixels and {side:,} pixels a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read as an image ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be written (check the folder and its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>What it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: 784 values in, {1} in the code: {2:.1f}× compression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawing now: its BCE floor (the error of a perfect copy) is {0:.3f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCE of the model input against itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>No model with a flat code of at most 64 values is loaded (the shipped vanilla, deep and sparse are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model with a 2-value code is loaded. The latent map needs the 2-D latent or the variational model (shipped as latent2 and vae, or trained in the Train tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model with a code of more than two values is loaded (the shipped vanilla, deep and sparse are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suitable model is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this page is doing with the selected model and the test digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models are still loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding the 10,000 MNIST test digits with this model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MNIST test digits are not loaded: what needs them stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>The maps, nearest digits and test digits need it; everything else works without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the drawing, the model input and every model&apos;s code and reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export morph strip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose MNIST folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models are still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill both morph slots (A and B) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export morph strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be written: {0}.
Choose a folder you can write to, with free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>These files exist already in {0}:
{1}

Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionWorker</name>
    <message>
        <source>{0} ran out of memory. Try a smaller batch size, fewer training digits or a smaller model, and close other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} stopped: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be written or read ({0}). Nothing was saved: check the free space and the folders&apos; permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} stopped with an unexpected error ({1}: {2}). Nothing was saved; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>What an autoencoder is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An autoencoder is two networks back to back. The &lt;b&gt;encoder&lt;/b&gt; turns a digit image into a short list of numbers, the &lt;b&gt;code&lt;/b&gt;. The &lt;b&gt;decoder&lt;/b&gt; turns the code back into an image, the &lt;b&gt;reconstruction&lt;/b&gt;. The decoder never sees the input: everything it draws comes from the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MNIST digit is 28 × 28 = 784 grey values between 0 (black) and 1 (white). Training shows the network thousands of digits and changes its weights until the reconstructions are as close to the inputs as they can be. Nobody tells it what the code should mean: it finds a code that works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit and watch each model&apos;s reconstruction. Then draw something that is not a digit: the decoders can only draw what they learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tile is one model&apos;s attempt to rebuild your drawing from its code, with its error (BCE and MSE) against the model input. Click a tile to see that model&apos;s code and card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawing is made to look like an MNIST digit (the model input, bottom left), then every model encodes and decodes it in one call, while you draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw slowly and watch the tiles change mid-stroke. Which model keeps the most detail? Which one has the lowest error?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers the encoder makes of your drawing: everything the decoder knows. Dense models show one bar per value; a 2-D code is a point on a plane; a convolutional code is a stack of small feature maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;compression factor&lt;/b&gt; is 784 divided by the number of code values: the vanilla model keeps 32 values, 784 / 32 = 24.5×. The denoiser&apos;s code has 7 × 7 × 32 = 1568 values, more than the image (0.5×): it is not there to compress but to clean, and a generous code lets it keep every stroke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a 1 and then an 8 and compare their codes. Select the sparse model: how many of its values are exactly zero?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCE and MSE: how far a reconstruction is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;MSE&lt;/b&gt; (mean squared error) is the average of (input − output)² over the 784 pixels: 0 means identical. &lt;b&gt;BCE&lt;/b&gt; (binary cross-entropy) treats every pixel as a probability of ink and measures how surprised the model is by the real pixel; the models were trained to make it small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCE = −mean(x·log y + (1−x)·log(1−y)) for input x and output y. For a grey pixel (x = 0.5) even a perfect output y = 0.5 costs log 2 ≈ 0.69, so BCE has a &lt;b&gt;floor&lt;/b&gt; above 0 for every input with grey edges: about 0.06 for an MNIST test digit, more for a drawing with soft edges. That is why a good model shows 0.07–0.10, not 0. The floor of the current drawing is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the BCE of two models on the same drawing: the difference is what counts. Hover over any number to see what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the models really see: your drawing made to look like an MNIST digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like MNIST&apos;s own digits, the drawing is cropped to its ink, scaled so that its longer side is 20 pixels, centred by its centre of mass in a 28 × 28 image, and its stroke width evened out. Turn off &quot;MNIST preprocessing&quot; to feed the canvas shrunk as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a tiny digit in a corner: with preprocessing the models still see a centred digit. Turn preprocessing off and see how much worse they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush size and hardness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush size is the pen&apos;s radius in model pixels; hardness is how sharp its edge is (100% a hard edge, 0% a soft, fading one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST digits were scanned pen strokes with soft, grey edges. A medium size and hardness give strokes like theirs; preprocessing evens out the width afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the same digit with a hard and a soft brush and compare the errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The noise demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawing with noise added (left), what the denoising model makes of it (middle) and what a plain model makes of it (right). Each error is measured against your clean drawing, not the noisy one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian noise adds a random amount to every pixel; salt and pepper sets random pixels to black or white; masking switches random pixels off. The level is how strong the noise is. The denoiser was trained to output clean digits from noisy ones, so it learned to ignore noise; the plain model was trained to copy, so it copies the noise too. At high levels the noise hides most of the digit, and the denoiser&apos;s output fades towards an empty, dark image: its safest guess when nothing looks like a digit any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the slider slowly from 0 to 1 and watch where each model gives up. Press &quot;New noise&quot; for another random pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected model is: its layers with their output shapes, the tutorial it follows, how it was trained and its error on the 10,000 MNIST test digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test error is measured on digits the model never saw in training, so it tells how well the model generalises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the layer lists of the vanilla and the deep model: same code size, more layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latent map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dot is one MNIST test digit placed at its 2-value code and coloured by what digit it really is. The &lt;b&gt;star&lt;/b&gt; is your drawing&apos;s code; the &lt;b&gt;cross&lt;/b&gt; is the point you clicked, decoded on the right; the &lt;b&gt;dashed box&lt;/b&gt; is the range the manifold below covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoder of a model with a 2-value code turns each digit into a point; decoding a point shows what the model imagines there. The manifold decodes an n × n grid of points over the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click between two clusters: what does the decoder draw there? Compare the 2-D latent model with the VAE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One slider per code value, starting at your drawing&apos;s code. Moving a slider changes that value and decodes the result at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ (sigma) beside a value is its standard deviation over the test digits: how much that value usually varies. The sliders are ordered by σ, most varied first, and span a few σ around the typical values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the first slider: which stroke does it control? Values with a small σ change little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest digits and the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test digits whose codes are closest to your drawing&apos;s code, with their distance, and a verdict: the digit most of them are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance is measured between codes (the straight-line distance, on codes scaled by their spread). Real digits usually sit close to neighbours of their own class; a drawing far from every test digit does not look like any digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a 4 that could be a 9 and see how the votes split. Draw a letter and watch the distances grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real Keras fit in the background: the loss per batch and per epoch, the validation loss on digits held out from training, and after each epoch the reconstructions of ten test digits and of your drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each epoch passes over all training digits once, in batches; after every batch the optimizer nudges the weights to lower the loss. If the validation loss stops falling while the training loss still does, the model has started to memorise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a vanilla model with a code of 8 for 2 epochs and compare its error with the shipped one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Explain: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain this panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoencoder Studio will speak {0} from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatentMapPage</name>
    <message>
        <source>Click or drag on the map to decode any point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many decoded digits the grid has along each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest z₁ the grid decodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest z₁ the grid decodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest z₂ the grid decodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest z₂ the grid decodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to the test digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifold: an n × n grid of decodes over the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifold range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: code value 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code value 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({0:.2f}, {1:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <source>Press Next when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a drawing the app reads as a {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a drawing the app reads as a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a drawing that is not a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to open that tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to select that model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for that noise in the noise demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a click on the map in the right place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a finished training run with those settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson you are following and which of its steps you are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this step explains and asks you to do; the app sees when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a hint for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the lesson bar; the Lessons tab remembers where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done! The lesson&apos;s question is waiting in the Lessons tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · step {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Step {0} done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <source>Each lesson follows a tutorial; ✓ marks the ones you finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s number in the list and its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s steps in order; ▶ marks the one to do now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my lessons folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put lesson files of your own here (see docs/LESSONS.md), then reload; a lesson with the same file name replaces the shipped one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (damaged): {0}. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a file manager. The folder is: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val_loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1:.4f})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Autoencoder Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Autoencoder Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit here with the mouse: left button draws, right button erases, Ctrl+Z undoes a stroke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model rebuilds your drawing while you draw. The numbers are their errors; click a model to look inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code: the few numbers the selected model keeps of your drawing. Its decoder draws the reconstruction from these alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add noise to your drawing and see the denoising model clean it up while a plain model copies the noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to autoencoders? The Lessons tab walks you through the tutorials step by step. Every &quot;?&quot; explains its panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app is doing: how many models are loaded and how long that took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading TensorFlow and the pretrained models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n models ready (loaded in {0:.1f} s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unavailable: {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The models could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Autoencoder Studio {0}&lt;/b&gt;&lt;p&gt;Draw a digit and watch a zoo of MNIST autoencoders reconstruct it, live. Train your own in the Train tab, look inside their code space in the Explore tab.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where the files are&lt;/b&gt;&lt;br&gt;Program: {0}&lt;br&gt;Shipped models: {1}&lt;br&gt;Bundled MNIST: {2}&lt;br&gt;Your trained models: {3}&lt;br&gt;Downloaded datasets: {4}&lt;br&gt;Settings: {5}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The code and the shipped weights are under the MIT licence. The MNIST database is © Yann LeCun and Corinna Cortes, under CC BY-SA 3.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Autoencoder Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>unknown data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded (an untrained or imported model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}, {1} epochs in %n stages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, epochs not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs (best {1})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, learning rate {1} {2}, {3} loss, batch {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs with noise {0} ({1}, one per digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>then %n epochs from learning rate {0} {1}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0:.0%} of code values exactly zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>widest digit class spreads {0:.1f}× as wide as the median class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCE under noise 0.5: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {0:.4f} after epoch {1}, {2:.4f} after epoch {3} (validation {4:.4f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCE {0:.4f}, MSE {1:.4f} on the 10,000 test digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target ≤ {0:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tutorial reports {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Yours, trained %n epochs on {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yours, opened from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} → {2}, {3:.1f}× compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the shipped model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Keras code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelHub</name>
    <message>
        <source>Loading the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models could not be loaded. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shipped model is named {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelOpener</name>
    <message>
        <source>Opening the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelTile</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCE {0:.4f}   MSE {1:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorphEnd</name>
    <message>
        <source>From the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this end&apos;s digit comes from: the drawing or an MNIST test digit (#number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this MNIST test digit here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random MNIST test digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorphPage</name>
    <message>
        <source>How far along the straight line from A&apos;s code to B&apos;s the decoded code is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many images the strip from A to B has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export strip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strip from A to B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test digit #{0}, a {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.0%} of the way from A to B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeighboursPage</name>
    <message>
        <source>k = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many nearest test digits to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawing, as the models see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict: the digit most of the nearest training digits (by distance between codes) are, how many of them agree, and how typical the drawing is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest MNIST test digits by code direction (label · distance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All test codes projected on their two main axes (PCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axis 1 ({0:.0%} of the variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axis 2 ({0:.0%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding the test digits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nearest digits need the MNIST test digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a &lt;b&gt;{0}&lt;/b&gt;: {1} of {2} nearest training digits agree · typicality {3:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its nearest training digits (mostly {0}s) are {1:.2f} away in the judging models&apos; codes, where a digit&apos;s usually are {2:.2f}–{3:.2f} away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its code is far from every digit&apos;s usual codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the models cannot redraw it well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its nearest digits disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Does not look like any digit&lt;/b&gt;: {0}. Typicality {1:.1%}; a digit needs {2:.0%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons a drawing is no digit</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoisePanel</name>
    <message>
        <source>Noise factor: 0 is the clean drawing, 1 the strongest noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The noise factor: 0 is the clean drawing, 1 the strongest noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new random noise pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The errors of the image above against the clean drawing: binary cross-entropy (BCE) and mean squared error (MSE) over its 784 pixels; lower is closer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCE {0:.3f}
MSE {1:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min {1:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {0:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,.0f} digits/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a run and press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: %v of %m epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the current epoch (one pass over the training digits) is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the run&apos;s epochs are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test images of {0} (top) and the model&apos;s reconstructions (bottom) after the last epoch; right: your drawing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunBanner</name>
    <message>
        <source>loss {0:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val loss {0:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test BCE {0:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in Draw tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{0}&lt;/b&gt;: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This run diverged&lt;/b&gt;: its loss reached {0:.4g} in epoch {1} (last epoch {2:.4f}), so the reconstructions all look alike. Try a learning rate well below {3:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The model after epoch {0} is kept ({1}). Save it to use it later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model could not be saved in {0}: {1}. It is kept in memory ({2}): free some space and retry, or save it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleStrip</name>
    <message>
        <source>your drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw a digit in the Draw tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Alt and a menu&apos;s underlined letter opens it; Tab moves between the controls of a tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TensorBoardGroup</name>
    <message>
        <source>Write TensorBoard logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each run writes into its own sub-folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a folder for the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test digit #{0}: a {1}, at distance {2:.3f} in code space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Skip the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Code size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in the code (the bottleneck).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder layer widths before the code, e.g. 128, 64 (mirrored in the decoder); leave empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters per conv + pooling block, e.g. 16, 8, 8 (mirrored in the decoder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 on the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength of the sparsity penalty on the code (0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from {0:g} to {1:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole numbers separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1} numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each from {0:g} to {1:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorBoard is not installed. To log runs, install it into the app&apos;s environment: pip install tensorboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped model&apos;s recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autoencoder family and layout to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form with a tutorial&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise added to the inputs while training (a denoiser); 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each training digit gets one of the ticked noises, drawn at random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this variant is, its layer sizes, and the tutorial it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many training images to use (a fifth of them, at most 5,000, is held out for validation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits per gradient step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 0.001 or 1e-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the rate, or let it decay to zero along a cosine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs over which a cosine schedule ramps the rate up from 1% (keeps more ReLU units alive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed and settings give the same model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
From: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, e.g. 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:g} is {1:.0f}× the preset&apos;s {2:g}: the loss may blow up (diverge). Lower it unless you want to see that happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refine afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train further with a second, gentler cosine cycle after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, from the first stage&apos;s weights (as the shipped model was trained).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Loading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring on the test digits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Keras code for these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped model, test BCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tutorial&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epochs in {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epochs; the model is not saved yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after {0} of %n epochs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the first epoch finished; there is nothing to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained model not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model could not be saved and will be lost. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainedModelsPanel</name>
    <message>
        <source>Open an autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is now in the Draw tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test BCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Draw tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instead of the shipped {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (diverged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}. Delete it, or keep it without its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss rose instead of falling: try a lower rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;My trained models&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in Draw tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to the Draw tab next to the shipped models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use instead of the shipped model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Draw tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a .keras autoencoder from anywhere and add it to the Draw tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Keras code of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep without metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept an incomplete model as it is; its figures are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use instead of the shipped {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the shipped {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a diverged model?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} diverged: its loss rose instead of falling, so its reconstructions are all alike. Use it in the Draw tab anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} now runs in the Draw tab instead of the shipped {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped model not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped {0} is back in the Draw tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was removed from the Draw tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} and its metrics for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be deleted ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Keras code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be updated ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could be opened. Your models are in {0} (select the path to copy it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypicalityMeter</name>
    <message>
        <source>&lt;b&gt;Typicality&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How typical the drawing is of the handwritten digits the models learned from: the share of training digits that look less typical to the vanilla, deep and conv models together (how close their codes come to real digits, how well they redraw it, whether its nearest digits agree). Below {0:.0%} (the tick), it does not look like any digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit to see how typical it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not look like any digit (typicality {0:.1%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a {0} · typicality {1:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenNotice</name>
    <message>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could be opened; the files are in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
