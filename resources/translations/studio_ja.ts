<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ArchitectureDiagram</name>
    <message>
        <source>Each bar is one layer; its height grows with the number of values it holds (with its square root); the label under it is its shape</source>
        <translation>各バーが 1 つの層です。高さはその層が持つ値の数に応じて（その平方根に比例して）高くなり、下のラベルは層の形状です</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>エンコーダ</translation>
    </message>
    <message>
        <source>code</source>
        <translation>潜在コード</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>デコーダ</translation>
    </message>
</context>
<context>
    <name>CodeCompare</name>
    <message>
        <source>Compare with vanilla</source>
        <translation>基本モデルと比較</translation>
    </message>
    <message>
        <source>Draw the vanilla model&apos;s code for the same drawing below the selected code, on one common scale.</source>
        <translation>同じ手書きに対する基本モデルの潜在コードを、選択中の潜在コードの下に共通の目盛りで表示します。</translation>
    </message>
    <message>
        <source>How many of the code&apos;s values are exactly zero: a sparse code switches most of its values off.</source>
        <translation>潜在コードの値のうち、ちょうどゼロのものの数です。スパースな潜在コードでは、ほとんどの値がオフになります。</translation>
    </message>
    <message>
        <source>The selected model is the vanilla model.</source>
        <translation>選択中のモデルが基本モデルです。</translation>
    </message>
    <message>
        <source>Only a flat code of many values can be compared as bars.</source>
        <translation>バーで比較できるのは、多数の値を持つフラットな潜在コードだけです。</translation>
    </message>
    <message>
        <source>The vanilla model&apos;s code is not available.</source>
        <translation>基本モデルの潜在コードを利用できません。</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n values are zero</source>
        <translation>
            <numerusform>%n 個の値のうち {0} 個がゼロ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (vanilla: {1} of %n)</source>
        <translation>
            <numerusform>{0}（基本モデル：%n 個中 {1} 個）</numerusform>
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
        <translation>Keras 3（バックエンドは問いません）と NumPy で動作します。ほかのパッケージは不要です。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard (Ctrl+Shift+C)</source>
        <translation>スクリプト全体をクリップボードにコピーします（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n lines to the clipboard.</source>
        <translation>
            <numerusform>%n 行をクリップボードにコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Keras script</source>
        <translation>Keras スクリプトの保存</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python ファイル (*.py)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されませんでした</translation>
    </message>
    <message>
        <source>{0} could not be written ({1}).</source>
        <translation>{0} を書き込めませんでした（{1}）。</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
    <message>
        <source>No Keras code</source>
        <translation>Keras コードはありません</translation>
    </message>
    <message>
        <source>Keras code: {0}</source>
        <translation>Keras コード：{0}</translation>
    </message>
</context>
<context>
    <name>CodeEditorPage</name>
    <message>
        <source>Reset to the drawing</source>
        <translation>手書きに戻す</translation>
    </message>
    <message>
        <source>Set every slider back to the drawing&apos;s code</source>
        <translation>すべてのスライダを手書きの潜在コードに戻します</translation>
    </message>
    <message>
        <source>Code values, most varied over the test digits first</source>
        <translation>潜在コードの値（テスト画像でのばらつきが大きい順）</translation>
    </message>
    <message>
        <source>Decoded edited code</source>
        <translation>編集した潜在コードのデコード結果</translation>
    </message>
    <message>
        <source>The drawing&apos;s reconstruction:</source>
        <translation>手書きの再構成：</translation>
    </message>
    <message>
        <source>{0}  (σ {1:.2f})</source>
        <translation>{0}  （σ {1:.2f}）</translation>
    </message>
    <message>
        <source>Code {0}</source>
        <translation>潜在コード {0}</translation>
    </message>
    <message>
        <source>The code value&apos;s number; σ is how much it varies over the MNIST test digits.</source>
        <translation>潜在コードの値の番号です。σ は MNIST のテスト画像でその値がどれだけばらつくかを表します。</translation>
    </message>
    <message>
        <source>The value this slider sets in the code.</source>
        <translation>このスライダが潜在コードに設定する値です。</translation>
    </message>
</context>
<context>
    <name>CodeNumbering</name>
    <message>
        <source>value {0}</source>
        <translation>値 {0}</translation>
    </message>
    <message>
        <source>map {0}</source>
        <translation>マップ {0}</translation>
    </message>
</context>
<context>
    <name>CodeSpace</name>
    <message>
        <source>Encoding the test digits with {0}</source>
        <translation>{0} でテスト画像をエンコード中</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n 個の値</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} = %n values</source>
        <translation>
            <numerusform>{0} = %n 個の値</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>The selected model&apos;s code for the drawing: one bar, point or map per value. Hover to read a value.</source>
        <translation>手書きに対する選択中モデルの潜在コードです。値 1 つにつきバー、点、またはマップを 1 つ表示します。マウスを重ねると値が読めます。</translation>
    </message>
    <message>
        <source>Draw a digit to see its code.</source>
        <translation>数字を描くと潜在コードが表示されます。</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>選択中</translation>
    </message>
    <message>
        <source>vanilla</source>
        <translation>基本モデル</translation>
    </message>
    <message>
        <source>code[{0}] = {1:.4f}</source>
        <translation>code[{0}] = {1:.4f}</translation>
    </message>
    <message>
        <source>vanilla code[{0}] = {1:.4f}</source>
        <translation>基本モデル code[{0}] = {1:.4f}</translation>
    </message>
    <message>
        <source>code = ({0:.3f}, {1:.3f})</source>
        <translation>code = ({0:.3f}, {1:.3f})</translation>
    </message>
    <message>
        <source>{0}, row {1}, column {2}: {3:.4f}</source>
        <translation>{0}、{1} 行目 {2} 列目：{3:.4f}</translation>
    </message>
</context>
<context>
    <name>DatasetNotice</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>How much of the dataset has been downloaded.</source>
        <translation>データセットのダウンロード済みの割合です。</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>フォルダを選択…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Download {0}</source>
        <translation>{0} をダウンロード</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>{0} をダウンロード中…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>{0} を読み込み中…</translation>
    </message>
    <message>
        <source>{0} was not found.</source>
        <translation>{0} が見つかりませんでした。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} is not on this computer.&lt;/b&gt; {1} Download it or choose the folder that holds its four IDX files.</source>
        <translation>&lt;b&gt;{0} はこのコンピュータにありません。&lt;/b&gt;{1} ダウンロードするか、4 つの IDX ファイルが入ったフォルダを選択してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} could not be loaded.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;{0} を読み込めませんでした。&lt;/b&gt;{1}</translation>
    </message>
    <message>
        <source>Looked in:
{0}</source>
        <translation>検索した場所：
{0}</translation>
    </message>
    <message>
        <source>Downloading {0}: {1}, {2:.1f} of {3:.1f} MB</source>
        <translation>{0} をダウンロード中：{1}、{2:.1f} / {3:.1f} MB</translation>
    </message>
    <message>
        <source>Downloading {0}: {1}, {2:.1f} MB</source>
        <translation>{0} をダウンロード中：{1}、{2:.1f} MB</translation>
    </message>
    <message>
        <source>Folder holding {0}</source>
        <translation>{0} が入ったフォルダ</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>{0} (not found)</source>
        <translation>{0}（見つかりません）</translation>
    </message>
    <message>
        <source>{0} was not found: download it or choose its folder.</source>
        <translation>{0} が見つかりません。ダウンロードするか、そのフォルダを選択してください。</translation>
    </message>
    <message>
        <source>Wait for the download to finish.</source>
        <translation>ダウンロードが終わるまでお待ちください。</translation>
    </message>
</context>
<context>
    <name>DatasetService</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>ダウンロードはキャンセルされました。</translation>
    </message>
    <message>
        <source>Loading {0}</source>
        <translation>{0} を読み込み中</translation>
    </message>
    <message>
        <source>Downloading {0}</source>
        <translation>{0} をダウンロード中</translation>
    </message>
</context>
<context>
    <name>DeviceChoice</name>
    <message>
        <source>Devices are listed once Keras has loaded…</source>
        <translation>Keras の読み込みが終わるとデバイスが一覧表示されます…</translation>
    </message>
    <message>
        <source>The processors the next run will train on, and their memory.</source>
        <translation>次回の学習に使うプロセッサとそのメモリです。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message numerus="yes">
        <source>All %n devices</source>
        <translation>
            <numerusform>全 %n 台のデバイス</numerusform>
        </translation>
    </message>
    <message>
        <source>Trains on: {0}</source>
        <translation>学習に使うデバイス：{0}</translation>
    </message>
    <message>
        <source>The last run trained on: {0}</source>
        <translation>前回の学習に使ったデバイス：{0}</translation>
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
        <translation>ストロークを元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation>ストロークをやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>&amp;Clear drawing</source>
        <translation>手書きを消去(&amp;C)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Load a random MNIST &amp;test digit</source>
        <translation>MNIST のテスト画像をランダムに読み込む(&amp;T)</translation>
    </message>
    <message>
        <source>MNIST digit</source>
        <translation>MNIST の数字</translation>
    </message>
    <message>
        <source>&amp;Open drawing…</source>
        <translation>手書きを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>&amp;Save drawing…</source>
        <translation>手書きを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>&amp;MNIST preprocessing</source>
        <translation>MNIST 式の前処理(&amp;M)</translation>
    </message>
    <message>
        <source>MNIST preprocessing</source>
        <translation>MNIST 式の前処理</translation>
    </message>
    <message>
        <source>Crop to the ink, even out the stroke width, fit into 20 × 20 and centre by centre of mass, as MNIST was made.</source>
        <translation>MNIST の作成方法と同じく、インクの部分を切り出し、線の太さをそろえ、20 × 20 に収めて重心で中央に配置します。</translation>
    </message>
    <message>
        <source>Show the 28 × 28 &amp;grid</source>
        <translation>28 × 28 のグリッドを表示(&amp;G)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <source>&amp;New noise</source>
        <translation>新しいノイズ(&amp;N)</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>新しいノイズ</translation>
    </message>
    <message>
        <source>Ne&amp;xt model</source>
        <translation>次のモデル(&amp;X)</translation>
    </message>
    <message>
        <source>Next model</source>
        <translation>次のモデル</translation>
    </message>
    <message>
        <source>Pre&amp;vious model</source>
        <translation>前のモデル(&amp;V)</translation>
    </message>
    <message>
        <source>Previous model</source>
        <translation>前のモデル</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0} is not on this computer: choose its folder or download it (the Explore tab&apos;s notice or the Train tab&apos;s dataset).</source>
        <translation>{0} はこのコンピュータにありません。そのフォルダを選択するか、ダウンロードしてください（探索タブのお知らせ、または学習タブのデータセット欄から）。</translation>
    </message>
    <message>
        <source>Cleared. Ctrl+Z brings it back.</source>
        <translation>消去しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>No test digits</source>
        <translation>テスト画像がありません</translation>
    </message>
    <message>
        <source>Loading the {0} test digits…</source>
        <translation>{0} のテスト画像を読み込み中…</translation>
    </message>
    <message>
        <source>Loaded an MNIST test digit: a {0}.</source>
        <translation>MNIST のテスト画像を読み込みました：数字は {0} です。</translation>
    </message>
    <message>
        <source>PNG images ({0})</source>
        <translation>PNG 画像 ({0})</translation>
    </message>
    <message>
        <source>All images ({0})</source>
        <translation>すべての画像 ({0})</translation>
    </message>
    <message>
        <source>Open a drawing</source>
        <translation>手書きを開く</translation>
    </message>
    <message>
        <source>Drawing not opened</source>
        <translation>手書きを開けませんでした</translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation>手書きを保存</translation>
    </message>
    <message>
        <source>Drawing not saved</source>
        <translation>手書きを保存できませんでした</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>How many values the selected model&apos;s code has, and the compression: 784 input pixels divided by the code&apos;s values.</source>
        <translation>選択中モデルの潜在コードが持つ値の数と圧縮率（入力の 784 ピクセルを潜在コードの値の数で割ったもの）です。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstructions&lt;/b&gt; — click a model to inspect it</source>
        <translation>&lt;b&gt;再構成&lt;/b&gt; — モデルをクリックすると詳しく見られます</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>モデルカード</translation>
    </message>
    <message>
        <source>Noise and denoising</source>
        <translation>ノイズとノイズ除去</translation>
    </message>
    <message>
        <source>Draw a digit on the left to see this model reconstruct it.</source>
        <translation>左側に数字を描くと、このモデルによる再構成が表示されます。</translation>
    </message>
    <message>
        <source>Noisy input</source>
        <translation>ノイズ入りの入力</translation>
    </message>
    <message>
        <source>Denoising model</source>
        <translation>ノイズ除去モデル</translation>
    </message>
    <message>
        <source>Plain model</source>
        <translation>通常のモデル</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>読み込まれていません</translation>
    </message>
    <message>
        <source>{0} (yours, instead of {1})</source>
        <translation>{0}（自作、{1} の代わり）</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0} Runs instead of the shipped {1}.</source>
        <translation>{0} 同梱の {1} の代わりに動作しています。</translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation>読み込まれていません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; code: {1} · {2} / {3} = &lt;b&gt;{4:.1f}× compression&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; の潜在コード：{1} · {2} / {3} = &lt;b&gt;圧縮率 {4:.1f}×&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading its layers…</source>
        <translation>層構成を読み込み中…</translation>
    </message>
    <message>
        <source>The shipped model is back.</source>
        <translation>同梱モデルに戻しました。</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Left button draws, right button erases.</source>
        <translation>左ボタンで描画、右ボタンで消去します。</translation>
    </message>
    <message>
        <source>Draw a digit here

left button draws · right button erases</source>
        <translation>ここに数字を描いてください

左ボタンで描画 · 右ボタンで消去</translation>
    </message>
</context>
<context>
    <name>DrawingPanel</name>
    <message>
        <source>Brush diameter in model pixels (the canvas is 28 model pixels across).</source>
        <translation>ブラシの直径です。単位はモデルのピクセルで、キャンバスの幅は 28 ピクセルです。</translation>
    </message>
    <message>
        <source>0 % is a soft airbrush, 100 % a hard round pen.</source>
        <translation>0 % は柔らかいエアブラシ、100 % は硬い丸ペンです。</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>The brush diameter in model pixels.</source>
        <translation>ブラシの直径（モデルのピクセル単位）です。</translation>
    </message>
    <message>
        <source>The brush hardness: 0 % soft airbrush, 100 % hard pen.</source>
        <translation>ブラシの硬さです。0 % は柔らかいエアブラシ、100 % は硬いペンです。</translation>
    </message>
    <message>
        <source>The model input: the drawing after preprocessing, 28 × 28 pixels.</source>
        <translation>モデルへの入力です。前処理後の手書き（28 × 28 ピクセル）です。</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>ブラシのサイズ</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation>硬さ</translation>
    </message>
    <message>
        <source>Model input</source>
        <translation>モデルへの入力</translation>
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
        <translation>モデルのサイドカーファイルの所定の場所に設定がありません</translation>
    </message>
    <message>
        <source>the model&apos;s sidecar records no variant and training settings of this app</source>
        <translation>モデルのサイドカーファイルに、このアプリの種類と学習設定が記録されていません</translation>
    </message>
    <message>
        <source>the model&apos;s sidecar holds settings this version does not know ({reason})</source>
        <translation>モデルのサイドカーファイルに、このバージョンが知らない設定があります（{reason}）</translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation>{earlier}、{later}</translation>
    </message>
    <message>
        <source>no Keras loader for the dataset {dataset!r}; known: {known}</source>
        <translation>データセット {dataset!r} を読み込む Keras のローダがありません。既知のもの：{known}</translation>
    </message>
    <message>
        <source>the subset must be a number of digits, not {subset!r}</source>
        <translation>サブセットは画像の枚数で指定してください（{subset!r} は使えません）</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>these settings cannot be written out as Keras code ({reason})</source>
        <translation>この設定は Keras コードとして書き出せません（{reason}）</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu: sudo apt install dataset-fashion-mnist.</source>
        <translation>Debian または Ubuntu では：sudo apt install dataset-fashion-mnist</translation>
    </message>
    <message>
        <source>{path} is larger than any file of this dataset can be ({limit:,} bytes): it is damaged or a different file. Delete it and provide the original.</source>
        <translation>{path} は、このデータセットのファイルとしてはありえない大きさです（上限 {limit:,} バイト）。壊れているか、別のファイルです。削除して元のファイルを用意してください。</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}): its compressed data cannot be read. Delete it and provide the file again.</source>
        <translation>{path} は壊れています（{reason}）。圧縮データを読み取れません。削除して、ファイルをもう一度用意してください。</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}). Delete it and provide the file again.</source>
        <translation>{path} を読み取れませんでした（{reason}）。削除して、ファイルをもう一度用意してください。</translation>
    </message>
    <message>
        <source>{file} is not an IDX file of unsigned bytes.</source>
        <translation>{file} は符号なしバイトの IDX ファイルではありません。</translation>
    </message>
    <message>
        <source>{file} is truncated: its header is incomplete.</source>
        <translation>{file} は途中で切れています。ヘッダが不完全です。</translation>
    </message>
    <message>
        <source>{file} is truncated or damaged: {size} bytes where its header promises {expected}.</source>
        <translation>{file} は途中で切れているか壊れています。ヘッダでは {expected} バイトのはずが {size} バイトです。</translation>
    </message>
    <message>
        <source>{title} was not found. Looked in:
  {searched}
Put the four IDX files (plain or .gz) in one of these folders, set {variable} to a folder holding &apos;{folder}/&apos;, or download it.</source>
        <translation>{title} が見つかりませんでした。検索した場所：
  {searched}
4 つの IDX ファイル（そのまま、または .gz）をこれらのフォルダのどれかに置くか、{variable} に &apos;{folder}/&apos; を含むフォルダを設定するか、ダウンロードしてください。</translation>
    </message>
    <message>
        <source>{message} {hint}</source>
        <translation>{message} {hint}</translation>
    </message>
    <message>
        <source>{file} is missing from {folder}.</source>
        <translation>{folder} に {file} がありません。</translation>
    </message>
    <message>
        <source>{path} does not match the published {title} file (MD5 {digest}, expected {expected}). It is damaged or a different file: delete it and provide the original.</source>
        <translation>{path} は公開されている {title} のファイルと一致しません（MD5 {digest}、期待値 {expected}）。壊れているか別のファイルです。削除して元のファイルを用意してください。</translation>
    </message>
    <message>
        <source>Could not download {title} ({file}).
  {errors}
Check the internet connection, or put the files in a folder by hand.</source>
        <translation>{title}（{file}）をダウンロードできませんでした。
  {errors}
インターネット接続を確認するか、手作業でファイルをフォルダに置いてください。</translation>
    </message>
    <message>
        <source>the download is larger than the file can be ({limit:,} bytes)</source>
        <translation>ダウンロードしたデータがファイルの上限サイズを超えています（{limit:,} バイト）</translation>
    </message>
    <message>
        <source>checksum mismatch (MD5 {digest}, expected {expected})</source>
        <translation>チェックサムが一致しません（MD5 {digest}、期待値 {expected}）</translation>
    </message>
    <message>
        <source>Unknown dataset {name!r}; known: {known}.</source>
        <translation>不明なデータセット {name!r} です。既知のもの：{known}。</translation>
    </message>
    <message>
        <source>cannot train on {wanted} devices: this machine has {count} ({ids})</source>
        <translation>{wanted} 台のデバイスでは学習できません。このマシンには {count} 台しかありません（{ids}）</translation>
    </message>
    <message>
        <source>unknown device choice {option!r}: use &apos;auto&apos;, a number or a list of ids</source>
        <translation>不明なデバイス指定 {option!r} です。&apos;auto&apos;、数値、または ID のリストを使ってください</translation>
    </message>
    <message>
        <source>devices {ids}: choose from {known}</source>
        <translation>デバイス {ids}：{known} から選んでください</translation>
    </message>
    <message>
        <source>devices none or repeated: choose from {known}</source>
        <translation>デバイスが指定されていないか重複しています：{known} から選んでください</translation>
    </message>
    <message>
        <source>the {backend} backend trains on its default device only</source>
        <translation>{backend} バックエンドは既定のデバイスでしか学習できません</translation>
    </message>
    <message>
        <source>a batch of {size} cannot be split over {count} devices; choose a multiple of {count}</source>
        <translation>バッチサイズ {size} は {count} 台のデバイスに分割できません。{count} の倍数を選んでください</translation>
    </message>
    <message>
        <source>{where} has no English text (key &quot;en&quot;)</source>
        <translation>{where} に英語のテキスト（キー &quot;en&quot;）がありません</translation>
    </message>
    <message>
        <source>{where} must be a non-empty text, or a map from language codes to texts</source>
        <translation>{where} は空でないテキスト、または言語コードからテキストへのマップでなければなりません</translation>
    </message>
    <message>
        <source>{where} must be an object with a &quot;kind&quot;</source>
        <translation>{where} は &quot;kind&quot; を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>{where} has an unknown kind {kind!r}; known: {known}</source>
        <translation>{where} の kind {kind!r} は不明です。既知のもの：{known}</translation>
    </message>
    <message>
        <source>{where} ({kind}) has unknown parameters: {names}</source>
        <translation>{where}（{kind}）に不明なパラメータがあります：{names}</translation>
    </message>
    <message>
        <source>{where} ({kind}) needs: {names}</source>
        <translation>{where}（{kind}）には次が必要です：{names}</translation>
    </message>
    <message>
        <source>{where} ({kind}): {name} must be one of {choices}, not {value!r}</source>
        <translation>{where}（{kind}）：{name} は {choices} のいずれかでなければなりません（{value!r} は使えません）</translation>
    </message>
    <message>
        <source>{where} ({kind}): {name} must be a number</source>
        <translation>{where}（{kind}）：{name} は数値でなければなりません</translation>
    </message>
    <message>
        <source>{where}: a lesson is a JSON object</source>
        <translation>{where}：レッスンは JSON オブジェクトです</translation>
    </message>
    <message>
        <source>{where}: &quot;steps&quot; must list {low} to {high} steps</source>
        <translation>{where}：&quot;steps&quot; には {low}〜{high} 個のステップが必要です</translation>
    </message>
    <message>
        <source>{where}: step {number} must be an object</source>
        <translation>{where}：ステップ {number} はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s text</source>
        <translation>{where}：ステップ {number} のテキスト</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s task</source>
        <translation>{where}：ステップ {number} の課題</translation>
    </message>
    <message>
        <source>{where}: step {number}&apos;s hint</source>
        <translation>{where}：ステップ {number} のヒント</translation>
    </message>
    <message>
        <source>{where}: &quot;question&quot; must be an object with &quot;text&quot; and &quot;answer&quot;</source>
        <translation>{where}：&quot;question&quot; は &quot;text&quot; と &quot;answer&quot; を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>{where}: the title</source>
        <translation>{where}：タイトル</translation>
    </message>
    <message>
        <source>{where}: the question</source>
        <translation>{where}：問題</translation>
    </message>
    <message>
        <source>{where}: the answer</source>
        <translation>{where}：解答</translation>
    </message>
    <message>
        <source>{file} is {size:,} bytes; a lesson file is at most {most:,}</source>
        <translation>{file} は {size:,} バイトです。レッスンファイルは最大 {most:,} バイトです</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>{file} を読み取れません（{reason}）</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 JSON ({reason})</source>
        <translation>{file} は有効な UTF-8 の JSON ではありません（{reason}）</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>読み取れません（{reason}）</translation>
    </message>
    <message>
        <source>Use up to 80 letters, digits, spaces and - _ . ( ) +, starting with a letter or digit.</source>
        <translation>英字、数字、スペース、- _ . ( ) + を 80 文字まで使えます。先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>A model named {name} exists already.</source>
        <translation>{name} という名前のモデルはすでにあります。</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>ガウス</translation>
    </message>
    <message>
        <source>Salt and pepper</source>
        <translation>ごま塩</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>マスキング</translation>
    </message>
    <message>
        <source>No pretrained weights ship for this variant yet (make pretrain).</source>
        <translation>この種類の学習済みの重みはまだ同梱されていません（make pretrain）。</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: {size:,} bytes is far too big.</source>
        <translation>マニフェスト {path} は壊れています：サイズが {size:,} バイトと大きすぎます。</translation>
    </message>
    <message>
        <source>The manifest {path} is missing.</source>
        <translation>マニフェスト {path} がありません。</translation>
    </message>
    <message>
        <source>The manifest {path} could not be read ({reason}).</source>
        <translation>マニフェスト {path} を読み取れませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: it is not valid JSON ({reason}).</source>
        <translation>マニフェスト {path} は壊れています：有効な JSON ではありません（{reason}）。</translation>
    </message>
    <message>
        <source>The manifest {path} is damaged: it is not shaped {{&quot;variants&quot;: {{name: {{...}}}}}}.</source>
        <translation>マニフェスト {path} は壊れています：{{&quot;variants&quot;: {{name: {{...}}}}}} の形になっていません。</translation>
    </message>
    <message>
        <source>{problem} No intact model file with a sidecar was found for it.</source>
        <translation>{problem} これに対応する、サイドカーファイル付きの破損していないモデルファイルは見つかりませんでした。</translation>
    </message>
    <message>
        <source>The manifest&apos;s file for {name} ({file!r}) is outside {folder}; it is refused.</source>
        <translation>マニフェストにある {name} のファイル（{file!r}）は {folder} の外にあるため、使用を拒否しました。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} は存在しません。</translation>
    </message>
    <message>
        <source>{path} does not match its SHA-256 in the manifest ({digest}…, expected {expected}…): it is damaged or was replaced. Reinstall the app, or remake it with make pretrain.</source>
        <translation>{path} はマニフェストの SHA-256 と一致しません（{digest}…、期待値 {expected}…）。壊れているか置き換えられています。アプリを再インストールするか、make pretrain で作り直してください。</translation>
    </message>
    <message>
        <source>its metadata field &apos;{field}&apos; holds {value}, which is not what it should be</source>
        <translation>メタデータのフィールド &apos;{field}&apos; の値 {value} が正しくありません</translation>
    </message>
    <message>
        <source>its metadata holds a history or test figure that is not a number</source>
        <translation>メタデータの履歴またはテストの数値に、数値でないものがあります</translation>
    </message>
    <message>
        <source>it has no metadata file</source>
        <translation>メタデータファイルがありません</translation>
    </message>
    <message>
        <source>its metadata file describes another version of it</source>
        <translation>メタデータファイルが別のバージョンのものです</translation>
    </message>
    <message>
        <source>{file} cannot be read (permission denied).</source>
        <translation>{file} を読み取れません（アクセス権がありません）。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} はフォルダです。モデルファイルではありません。</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a Keras model archive.</source>
        <translation>{file} は壊れています：Keras のモデルアーカイブではありません。</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}).</source>
        <translation>{file} は壊れています（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is refused: it would inflate to {size:,.0f} MB, far more than any model of this app ({most:.0f} MB at most).</source>
        <translation>{file} の使用を拒否しました：展開すると {size:,.0f} MB になり、このアプリのどのモデル（最大 {most:.0f} MB）よりもはるかに大きくなります。</translation>
    </message>
    <message>
        <source>{file} is damaged or not a model this app can read ({kind}: {reason}).</source>
        <translation>{file} は壊れているか、このアプリで読めるモデルではありません（{kind}：{reason}）。</translation>
    </message>
    <message>
        <source>{file} is not an autoencoder of this app: it has no {first} or {second} part.</source>
        <translation>{file} はこのアプリのオートエンコーダではありません：{first} または {second} の部分がありません。</translation>
    </message>
    <message>
        <source>{file} is not an autoencoder of this app: it has no {part} part.</source>
        <translation>{file} はこのアプリのオートエンコーダではありません：{part} の部分がありません。</translation>
    </message>
    <message>
        <source>{file} has input shape {shape}; an autoencoder here takes 28×28 digits (784 values).</source>
        <translation>{file} の入力形状は {shape} です。このアプリのオートエンコーダは 28×28 の数字（784 個の値）を扱います。</translation>
    </message>
    <message>
        <source>{file} has output shape {shape}; an autoencoder here takes 28×28 digits (784 values).</source>
        <translation>{file} の出力形状は {shape} です。このアプリのオートエンコーダは 28×28 の数字（784 個の値）を扱います。</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} is damaged: {file} cannot be read ({kind}).</source>
        <translation>{folder} のチェックポイントは壊れています：{file} を読み取れません（{kind}）。</translation>
    </message>
    <message>
        <source>The run diverged: the loss became {loss} in epoch {epoch}. Try a lower learning rate.</source>
        <translation>学習が発散しました：エポック {epoch} で損失が {loss} になりました。学習率を下げてみてください。</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} was made with different settings or a different model than {name}.</source>
        <translation>{folder} のチェックポイントは、{name} とは異なる設定または異なるモデルで作られています。</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} cannot be resumed: {reason}</source>
        <translation>{folder} のチェックポイントから再開できません：{reason}</translation>
    </message>
    <message>
        <source>The verdict&apos;s reference {file} is missing: run {command}.</source>
        <translation>判定の参照ファイル {file} がありません：{command} を実行してください。</translation>
    </message>
    <message>
        <source>{file} is larger than a verdict reference can be.</source>
        <translation>{file} は判定の参照ファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>The verdict&apos;s reference {file} is damaged ({reason}).</source>
        <translation>判定の参照ファイル {file} は壊れています（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is not the model the verdict&apos;s reference was made for: run {command}.</source>
        <translation>{file} は、判定の参照ファイルが作られた対象のモデルではありません：{command} を実行してください。</translation>
    </message>
    <message>
        <source>This verdict&apos;s reference has no calibration digits.</source>
        <translation>この判定の参照ファイルには較正用の画像がありません。</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} のいずれか</translation>
    </message>
    <message>
        <source>{low} to {high} numbers</source>
        <translation>{low}〜{high} 個の数値</translation>
    </message>
    <message>
        <source>each from {low:g} to {high:g}</source>
        <translation>それぞれ {low:g}〜{high:g}</translation>
    </message>
    <message>
        <source>from {low:g} to {high:g}</source>
        <translation>{low:g}〜{high:g}</translation>
    </message>
    <message>
        <source>at least 1 epoch</source>
        <translation>1 エポック以上</translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation>1 以上</translation>
    </message>
    <message>
        <source>a number in (0, 10]</source>
        <translation>(0, 10] の範囲の数値</translation>
    </message>
    <message>
        <source>from 0 to fewer than the epochs</source>
        <translation>0 以上、エポック数未満</translation>
    </message>
    <message>
        <source>between 0 and 1</source>
        <translation>0〜1 の範囲</translation>
    </message>
    <message>
        <source>one or more of {choices}</source>
        <translation>{choices} から 1 つ以上</translation>
    </message>
    <message>
        <source>a whole number from 0 to {most}</source>
        <translation>0〜{most} の整数</translation>
    </message>
    <message>
        <source>at least 1 digit</source>
        <translation>1 枚以上</translation>
    </message>
    <message>
        <source>at least 1 epoch, or none</source>
        <translation>1 エポック以上、または指定なし</translation>
    </message>
    <message>
        <source>{name} has no architecture parameter {parameters}</source>
        <translation>{name} にはアーキテクチャのパラメータ {parameters} がありません</translation>
    </message>
    <message>
        <source>Vanilla dense</source>
        <translation>基本（全結合）</translation>
    </message>
    <message>
        <source>One hidden layer of 32 values: 784 → 32 → 784.</source>
        <translation>32 個の値を持つ隠れ層が 1 つ：784 → 32 → 784。</translation>
    </message>
    <message>
        <source>Deep dense</source>
        <translation>深層（全結合）</translation>
    </message>
    <message>
        <source>Three dense layers each way: 784 → 128 → 64 → 32 → 64 → 128 → 784.</source>
        <translation>エンコーダとデコーダにそれぞれ 3 つの全結合層：784 → 128 → 64 → 32 → 64 → 128 → 784。</translation>
    </message>
    <message>
        <source>Sparse (top-k)</source>
        <translation>スパース（top-k）</translation>
    </message>
    <message>
        <source>The vanilla model with a top-k code: each digit keeps only its 16 largest of the 32 code values; the other 16 (or more) are exactly zero.</source>
        <translation>潜在コードを top-k にした基本モデルです。各数字は 32 個の値のうち大きい 16 個だけを残し、残りの 16 個（以上）はちょうどゼロになります。</translation>
    </message>
    <message>
        <source>Convolutional</source>
        <translation>畳み込み</translation>
    </message>
    <message>
        <source>Three conv + pooling blocks down to a 4×4×8 code, mirrored back up.</source>
        <translation>畳み込み + プーリングのブロック 3 つで 4×4×8 の潜在コードまで縮め、対称な構成で元に戻します。</translation>
    </message>
    <message>
        <source>Denoising conv</source>
        <translation>ノイズ除去（畳み込み）</translation>
    </message>
    <message>
        <source>Learns to map noisy digits back to clean ones: trained on Gaussian noise 0.5, then on a mix of Gaussian (3 in 5 digits), salt-and-pepper and masking noise at 0.5; 7×7×32 code.</source>
        <translation>ノイズ入りの数字をきれいな数字に戻すことを学習します。まずガウスノイズ 0.5 で学習し、次にガウスノイズ（5 枚中 3 枚）、ごま塩ノイズ、マスキングノイズを混ぜた強さ 0.5 のノイズで学習します。潜在コードは 7×7×32。</translation>
    </message>
    <message>
        <source>2-D latent</source>
        <translation>2 次元潜在空間</translation>
    </message>
    <message>
        <source>Squeezes each digit into two numbers: 784 → 256 → 2 → 256 → 784. The code is standardised (batch normalisation), so every digit class gets room on the map.</source>
        <translation>各数字を 2 つの数値に圧縮します：784 → 256 → 2 → 256 → 784。潜在コードは標準化されている（バッチ正規化）ので、どの数字のクラスもマップ上に場所を確保できます。</translation>
    </message>
    <message>
        <source>Variational (VAE)</source>
        <translation>変分（VAE）</translation>
    </message>
    <message>
        <source>A 2-D Gaussian code trained with BCE + KL; decoded from its mean.</source>
        <translation>BCE + KL で学習した 2 次元のガウス分布の潜在コード。平均からデコードします。</translation>
    </message>
    <message>
        <source>Tutorial: vanilla, Adadelta</source>
        <translation>チュートリアル：基本、Adadelta</translation>
    </message>
    <message>
        <source>The blog&apos;s first model exactly: Adadelta (lr 1.0), BCE, 50 epochs, batch 256.</source>
        <translation>ブログの最初のモデルそのままです：Adadelta（lr 1.0）、BCE、50 エポック、バッチサイズ 256。</translation>
    </message>
    <message>
        <source>Tutorial: sparse, L1 10e-5</source>
        <translation>チュートリアル：スパース、L1 10e-5</translation>
    </message>
    <message>
        <source>The blog&apos;s sparse model: an L1 activity penalty of 10e-5 on the 32 relu code values, Adadelta (lr 1.0), BCE, 100 epochs, batch 256. Its code is smaller but rarely exactly zero.</source>
        <translation>ブログのスパースモデルです：relu を通した 32 個の潜在コードの値に 10e-5 の L1 活性化ペナルティ、Adadelta（lr 1.0）、BCE、100 エポック、バッチサイズ 256。潜在コードの値は小さくなりますが、ちょうどゼロになることはまれです。</translation>
    </message>
    <message>
        <source>Tutorial: vanilla 64, MSE</source>
        <translation>チュートリアル：基本 64、MSE</translation>
    </message>
    <message>
        <source>A 64-value code trained with Adam on mean squared error.</source>
        <translation>値が 64 個の潜在コードを、Adam で平均二乗誤差を使って学習します。</translation>
    </message>
    <message>
        <source>Tutorial: multilayer, MSE</source>
        <translation>チュートリアル：多層、MSE</translation>
    </message>
    <message>
        <source>784 → 128 → 64 → 128 → 784 with Adam on mean squared error.</source>
        <translation>784 → 128 → 64 → 128 → 784、Adam で平均二乗誤差を使って学習。</translation>
    </message>
    <message>
        <source>Tutorial: denoiser 32-32-16</source>
        <translation>チュートリアル：ノイズ除去 32-32-16</translation>
    </message>
    <message>
        <source>Three conv blocks (32, 32, 16) trained on noise 0.5 with Adam and BCE.</source>
        <translation>3 つの畳み込みブロック（32、32、16）を、強さ 0.5 のノイズで Adam と BCE を使って学習します。</translation>
    </message>
    <message>
        <source>Tutorial: 2-D latent (relu)</source>
        <translation>チュートリアル：2 次元潜在空間（relu）</translation>
    </message>
    <message>
        <source>784 → 32 → 2 → 32 → 784 with relu on the code, as the tutorial had it.</source>
        <translation>784 → 32 → 2 → 32 → 784、チュートリアルと同じく潜在コードに relu を使います。</translation>
    </message>
    <message>
        <source>{file} is {megabytes:,.0f} MB: too large for a drawing.</source>
        <translation>{file} は {megabytes:,.0f} MB あり、手書きとしては大きすぎます。</translation>
    </message>
    <message>
        <source>{file} could not be read as an image.</source>
        <translation>{file} を画像として読み取れませんでした。</translation>
    </message>
    <message>
        <source>{file} declares {width:,} × {height:,} pixels; a drawing may have at most {megapixels} megapixels and {side:,} pixels a side.</source>
        <translation>{file} のサイズは {width:,} × {height:,} ピクセルとされています。手書きは最大 {megapixels} メガピクセル、1 辺 {side:,} ピクセルまでです。</translation>
    </message>
    <message>
        <source>{file} could not be read as an image ({reason}).</source>
        <translation>{file} を画像として読み取れませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>{file} could not be written (check the folder and its permissions).</source>
        <translation>{file} を書き込めませんでした（フォルダとそのアクセス権を確認してください）。</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>What it shows</source>
        <translation>表示内容</translation>
    </message>
    <message>
        <source>{0}: 784 values in, {1} in the code: {2:.1f}× compression.</source>
        <translation>{0}：入力は 784 個の値、潜在コードは {1} 個：圧縮率 {2:.1f}×。</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>計算方法</translation>
    </message>
    <message>
        <source>Your drawing now: its BCE floor (the error of a perfect copy) is {0:.3f}.</source>
        <translation>現在の手書きの BCE の下限（完全なコピーでも残る誤差）は {0:.3f} です。</translation>
    </message>
    <message>
        <source>BCE of the model input against itself</source>
        <translation>モデルへの入力とそれ自身との BCE</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>試してみよう</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>No model with a flat code of at most 64 values is loaded (the shipped vanilla, deep and sparse are).</source>
        <translation>値が 64 個以下のフラットな潜在コードを持つモデルが読み込まれていません（同梱の基本、深層、スパースが該当します）。</translation>
    </message>
    <message>
        <source>No model with a 2-value code is loaded. The latent map needs the 2-D latent or the variational model (shipped as latent2 and vae, or trained in the Train tab).</source>
        <translation>2 次元の潜在コードを持つモデルが読み込まれていません。潜在マップには 2 次元潜在空間モデルか変分モデルが必要です（latent2 と vae として同梱されているほか、学習タブで学習することもできます）。</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>まだモデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>No model with a code of more than two values is loaded (the shipped vanilla, deep and sparse are).</source>
        <translation>値が 3 個以上の潜在コードを持つモデルが読み込まれていません（同梱の基本、深層、スパースが該当します）。</translation>
    </message>
    <message>
        <source>No suitable model is loaded.</source>
        <translation>適切なモデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル：</translation>
    </message>
    <message>
        <source>What this page is doing with the selected model and the test digits.</source>
        <translation>このページが選択中のモデルとテスト画像で何をしているかを示します。</translation>
    </message>
    <message>
        <source>The models are still loading…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Encoding the 10,000 MNIST test digits with this model…</source>
        <translation>このモデルで MNIST のテスト画像 10,000 枚をエンコード中…</translation>
    </message>
    <message>
        <source>The MNIST test digits are not loaded: what needs them stays empty.</source>
        <translation>MNIST のテスト画像が読み込まれていないため、それを必要とする部分は空のままです。</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>The maps, nearest digits and test digits need it; everything else works without.</source>
        <translation>マップ、近傍の数字、テスト画像に必要です。それ以外はなくても動作します。</translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation>潜在マップ</translation>
    </message>
    <message>
        <source>Nearest digits</source>
        <translation>近傍の数字</translation>
    </message>
    <message>
        <source>Code editor</source>
        <translation>潜在コード編集</translation>
    </message>
    <message>
        <source>Morph</source>
        <translation>モーフィング</translation>
    </message>
    <message>
        <source>Export session…</source>
        <translation>セッションをエクスポート…</translation>
    </message>
    <message>
        <source>Save the drawing, the model input and every model&apos;s code and reconstruction</source>
        <translation>手書き、モデルへの入力、各モデルの潜在コードと再構成を保存します</translation>
    </message>
    <message>
        <source>Export morph strip…</source>
        <translation>モーフィング画像列をエクスポート…</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>MNIST をダウンロード</translation>
    </message>
    <message>
        <source>Choose MNIST folder…</source>
        <translation>MNIST のフォルダを選択…</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>エクスポートするものがありません</translation>
    </message>
    <message>
        <source>The models are still loading.</source>
        <translation>モデルを読み込んでいます。</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>セッションのエクスポート</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation>NumPy アーカイブ (*.npz)</translation>
    </message>
    <message>
        <source>Fill both morph slots (A and B) first.</source>
        <translation>先にモーフィングの両端（A と B）を指定してください。</translation>
    </message>
    <message>
        <source>Export morph strip</source>
        <translation>モーフィング画像列のエクスポート</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>The files could not be written: {0}.
Choose a folder you can write to, with free space.</source>
        <translation>ファイルを書き込めませんでした：{0}。
書き込み可能で空き容量のあるフォルダを選んでください。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>These files exist already in {0}:
{1}

Replace them?</source>
        <translation>次のファイルは {0} にすでにあります：
{1}

置き換えますか？</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
</context>
<context>
    <name>FunctionWorker</name>
    <message>
        <source>{0} ran out of memory. Try a smaller batch size, fewer training digits or a smaller model, and close other programs.</source>
        <translation>{0} でメモリが不足しました。バッチサイズを小さくする、学習画像を減らす、小さいモデルにする、などを試し、ほかのプログラムを閉じてください。</translation>
    </message>
    <message>
        <source>{0} stopped: {1}</source>
        <translation>{0} が停止しました：{1}</translation>
    </message>
    <message>
        <source>A file could not be written or read ({0}). Nothing was saved: check the free space and the folders&apos; permissions.</source>
        <translation>ファイルの書き込みまたは読み込みができませんでした（{0}）。何も保存されていません。空き容量とフォルダのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>{0} stopped with an unexpected error ({1}: {2}). Nothing was saved; the details are in the log.</source>
        <translation>{0} が予期しないエラーで停止しました（{1}：{2}）。何も保存されていません。詳細はログにあります。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>What an autoencoder is</source>
        <translation>オートエンコーダとは</translation>
    </message>
    <message>
        <source>An autoencoder is two networks back to back. The &lt;b&gt;encoder&lt;/b&gt; turns a digit image into a short list of numbers, the &lt;b&gt;code&lt;/b&gt;. The &lt;b&gt;decoder&lt;/b&gt; turns the code back into an image, the &lt;b&gt;reconstruction&lt;/b&gt;. The decoder never sees the input: everything it draws comes from the code.</source>
        <translation>オートエンコーダは、2 つのネットワークをつなげたものです。&lt;b&gt;エンコーダ&lt;/b&gt;は数字の画像を短い数値の並び、つまり&lt;b&gt;潜在コード&lt;/b&gt;に変換します。&lt;b&gt;デコーダ&lt;/b&gt;は潜在コードを画像に戻します。これが&lt;b&gt;再構成&lt;/b&gt;です。デコーダは入力を見ることがなく、描くものはすべて潜在コードから来ています。</translation>
    </message>
    <message>
        <source>An MNIST digit is 28 × 28 = 784 grey values between 0 (black) and 1 (white). Training shows the network thousands of digits and changes its weights until the reconstructions are as close to the inputs as they can be. Nobody tells it what the code should mean: it finds a code that works.</source>
        <translation>MNIST の数字は 28 × 28 = 784 個のグレースケール値（0 が黒、1 が白）です。学習では、ネットワークに何千もの数字を見せ、再構成ができるだけ入力に近くなるまで重みを変えていきます。潜在コードが何を意味すべきかは誰も教えません。ネットワークは、うまく機能する潜在コードを自分で見つけます。</translation>
    </message>
    <message>
        <source>Draw a digit and watch each model&apos;s reconstruction. Then draw something that is not a digit: the decoders can only draw what they learned.</source>
        <translation>数字を描いて、各モデルの再構成を見てみましょう。次に数字ではないものを描いてみてください。デコーダは学習したものしか描けません。</translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>Each tile is one model&apos;s attempt to rebuild your drawing from its code, with its error (BCE and MSE) against the model input. Click a tile to see that model&apos;s code and card.</source>
        <translation>各タイルは、あるモデルが潜在コードから手書きを再構成しようとした結果で、モデルへの入力に対する誤差（BCE と MSE）も表示されます。タイルをクリックすると、そのモデルの潜在コードとモデルカードが表示されます。</translation>
    </message>
    <message>
        <source>Your drawing is made to look like an MNIST digit (the model input, bottom left), then every model encodes and decodes it in one call, while you draw.</source>
        <translation>手書きは MNIST の数字に似せて整えられ（モデルへの入力、左下）、描いている間、すべてのモデルが一度の呼び出しでエンコードとデコードを行います。</translation>
    </message>
    <message>
        <source>Draw slowly and watch the tiles change mid-stroke. Which model keeps the most detail? Which one has the lowest error?</source>
        <translation>ゆっくり描いて、線の途中でタイルが変わる様子を見てみましょう。細部を最もよく残すのはどのモデルでしょうか。誤差が最も小さいのはどれでしょうか。</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>潜在コード</translation>
    </message>
    <message>
        <source>The numbers the encoder makes of your drawing: everything the decoder knows. Dense models show one bar per value; a 2-D code is a point on a plane; a convolutional code is a stack of small feature maps.</source>
        <translation>エンコーダが手書きから作る数値で、デコーダが知っていることのすべてです。全結合モデルでは値ごとにバーが 1 本、2 次元の潜在コードは平面上の 1 点、畳み込みの潜在コードは小さな特徴マップの積み重ねとして表示されます。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;compression factor&lt;/b&gt; is 784 divided by the number of code values: the vanilla model keeps 32 values, 784 / 32 = 24.5×. The denoiser&apos;s code has 7 × 7 × 32 = 1568 values, more than the image (0.5×): it is not there to compress but to clean, and a generous code lets it keep every stroke.</source>
        <translation>&lt;b&gt;圧縮率&lt;/b&gt;は 784 を潜在コードの値の数で割ったものです。基本モデルは 32 個の値を持つので 784 / 32 = 24.5× です。ノイズ除去モデルの潜在コードは 7 × 7 × 32 = 1568 個の値で、画像より多くなります（0.5×）。このモデルの目的は圧縮ではなくノイズを取り除くことで、潜在コードに余裕があるので線を 1 本も失わずに済みます。</translation>
    </message>
    <message>
        <source>Draw a 1 and then an 8 and compare their codes. Select the sparse model: how many of its values are exactly zero?</source>
        <translation>1 を描いてから 8 を描き、潜在コードを比べてみましょう。スパースモデルを選ぶと、値のうちいくつがちょうどゼロになっているでしょうか。</translation>
    </message>
    <message>
        <source>BCE and MSE: how far a reconstruction is</source>
        <translation>BCE と MSE：再構成がどれだけ離れているか</translation>
    </message>
    <message>
        <source>&lt;b&gt;MSE&lt;/b&gt; (mean squared error) is the average of (input − output)² over the 784 pixels: 0 means identical. &lt;b&gt;BCE&lt;/b&gt; (binary cross-entropy) treats every pixel as a probability of ink and measures how surprised the model is by the real pixel; the models were trained to make it small.</source>
        <translation>&lt;b&gt;MSE&lt;/b&gt;（平均二乗誤差）は、784 ピクセルにわたる（入力 − 出力）² の平均で、0 なら完全に一致しています。&lt;b&gt;BCE&lt;/b&gt;（二値交差エントロピー）は各ピクセルをインクがある確率とみなし、実際のピクセルに対してモデルがどれだけ「驚く」かを測ります。モデルはこれが小さくなるように学習されています。</translation>
    </message>
    <message>
        <source>BCE = −mean(x·log y + (1−x)·log(1−y)) for input x and output y. For a grey pixel (x = 0.5) even a perfect output y = 0.5 costs log 2 ≈ 0.69, so BCE has a &lt;b&gt;floor&lt;/b&gt; above 0 for every input with grey edges: about 0.06 for an MNIST test digit, more for a drawing with soft edges. That is why a good model shows 0.07–0.10, not 0. The floor of the current drawing is shown below.</source>
        <translation>入力 x と出力 y に対して BCE = −mean(x·log y + (1−x)·log(1−y)) です。灰色のピクセル（x = 0.5）では、完全な出力 y = 0.5 でも log 2 ≈ 0.69 の誤差が出ます。そのため、縁が灰色の入力ではどれも BCE に 0 より大きい&lt;b&gt;下限&lt;/b&gt;があります。MNIST のテスト画像で約 0.06、縁の柔らかい手書きではもっと大きくなります。良いモデルでも 0 ではなく 0.07〜0.10 になるのはこのためです。現在の手書きの下限は下に表示されています。</translation>
    </message>
    <message>
        <source>Compare the BCE of two models on the same drawing: the difference is what counts. Hover over any number to see what it is.</source>
        <translation>同じ手書きで 2 つのモデルの BCE を比べてみましょう。大事なのはその差です。数値にマウスを重ねると、それが何かが表示されます。</translation>
    </message>
    <message>
        <source>The model input</source>
        <translation>モデルへの入力</translation>
    </message>
    <message>
        <source>What the models really see: your drawing made to look like an MNIST digit.</source>
        <translation>モデルが実際に見ているものです。手書きを MNIST の数字に似せて整えたものです。</translation>
    </message>
    <message>
        <source>Like MNIST&apos;s own digits, the drawing is cropped to its ink, scaled so that its longer side is 20 pixels, centred by its centre of mass in a 28 × 28 image, and its stroke width evened out. Turn off &quot;MNIST preprocessing&quot; to feed the canvas shrunk as it is.</source>
        <translation>MNIST の数字と同じように、手書きはインクの部分で切り出され、長いほうの辺が 20 ピクセルになるよう拡大縮小され、28 × 28 の画像の中で重心により中央に置かれ、線の太さがそろえられます。「MNIST 式の前処理」をオフにすると、キャンバスをそのまま縮小して入力します。</translation>
    </message>
    <message>
        <source>Draw a tiny digit in a corner: with preprocessing the models still see a centred digit. Turn preprocessing off and see how much worse they do.</source>
        <translation>隅に小さな数字を描いてみましょう。前処理があれば、モデルには中央に置かれた数字が見えます。前処理をオフにすると、どれだけ結果が悪くなるか確かめてください。</translation>
    </message>
    <message>
        <source>Brush size and hardness</source>
        <translation>ブラシのサイズと硬さ</translation>
    </message>
    <message>
        <source>Brush size is the pen&apos;s diameter in model pixels; hardness is how sharp its edge is (100% a hard edge, 0% a soft, fading one).</source>
        <translation>ブラシのサイズはモデルのピクセル単位でのペンの直径、硬さは縁のくっきり具合です（100% で硬い縁、0% で柔らかくぼやけた縁）。</translation>
    </message>
    <message>
        <source>MNIST digits were scanned pen strokes with soft, grey edges. A medium size and hardness give strokes like theirs; preprocessing evens out the width afterwards.</source>
        <translation>MNIST の数字は、ペンで書いた線をスキャンしたもので、縁が柔らかい灰色です。サイズと硬さを中くらいにすると似た線になります。線の太さは後で前処理がそろえます。</translation>
    </message>
    <message>
        <source>Draw the same digit with a hard and a soft brush and compare the errors.</source>
        <translation>同じ数字を硬いブラシと柔らかいブラシで描いて、誤差を比べてみましょう。</translation>
    </message>
    <message>
        <source>The noise demo</source>
        <translation>ノイズのデモ</translation>
    </message>
    <message>
        <source>Your drawing with noise added (left), what the denoising model makes of it (middle) and what a plain model makes of it (right). Each error is measured against your clean drawing, not the noisy one.</source>
        <translation>ノイズを加えた手書き（左）、それをノイズ除去モデルが処理した結果（中央）、通常のモデルが処理した結果（右）です。誤差はどれも、ノイズ入りではなく元のきれいな手書きに対して測っています。</translation>
    </message>
    <message>
        <source>Gaussian noise adds a random amount to every pixel; salt and pepper sets random pixels to black or white; masking switches random pixels off. The level is how strong the noise is. The denoiser was trained to output clean digits from noisy ones, so it learned to ignore noise; the plain model was trained to copy, so it copies the noise too. At high levels the noise hides most of the digit, and the denoiser&apos;s output fades towards an empty, dark image: its safest guess when nothing looks like a digit any more.</source>
        <translation>ガウスノイズは各ピクセルにランダムな量を加えます。ごま塩ノイズはランダムなピクセルを黒か白にします。マスキングはランダムなピクセルをオフにします。ノイズ係数はノイズの強さを表します。ノイズ除去モデルはノイズ入りの数字からきれいな数字を出力するよう学習したので、ノイズを無視することを覚えました。通常のモデルはコピーするよう学習したので、ノイズまでコピーします。ノイズ係数が大きいとノイズが数字の大部分を隠し、ノイズ除去モデルの出力は何もない暗い画像に近づいていきます。もう何も数字に見えないときには、それが最も安全な推測だからです。</translation>
    </message>
    <message>
        <source>Move the slider slowly from 0 to 1 and watch where each model gives up. Press &quot;New noise&quot; for another random pattern.</source>
        <translation>スライダを 0 から 1 までゆっくり動かし、各モデルがどこで限界を迎えるかを見てみましょう。「新しいノイズ」を押すと別のランダムなパターンになります。</translation>
    </message>
    <message>
        <source>The model card</source>
        <translation>モデルカード</translation>
    </message>
    <message>
        <source>What the selected model is: its layers with their output shapes, the tutorial it follows, how it was trained and its error on the 10,000 MNIST test digits.</source>
        <translation>選択中のモデルの概要です。層とその出力形状、元になったチュートリアル、学習方法、MNIST のテスト画像 10,000 枚での誤差を示します。</translation>
    </message>
    <message>
        <source>The test error is measured on digits the model never saw in training, so it tells how well the model generalises.</source>
        <translation>テスト誤差は学習中にモデルが一度も見ていない画像で測るので、モデルがどれだけ汎化しているかがわかります。</translation>
    </message>
    <message>
        <source>Compare the layer lists of the vanilla and the deep model: same code size, more layers.</source>
        <translation>基本モデルと深層モデルの層の一覧を比べてみましょう。潜在次元数は同じで、層が多くなっています。</translation>
    </message>
    <message>
        <source>The latent map</source>
        <translation>潜在マップ</translation>
    </message>
    <message>
        <source>Every dot is one MNIST test digit placed at its 2-value code and coloured by what digit it really is. The &lt;b&gt;star&lt;/b&gt; is your drawing&apos;s code; the &lt;b&gt;cross&lt;/b&gt; is the point you clicked, decoded on the right; the &lt;b&gt;dashed box&lt;/b&gt; is the range the manifold below covers.</source>
        <translation>各点は MNIST のテスト画像 1 枚で、その 2 次元の潜在コードの位置に置かれ、実際の数字で色分けされています。&lt;b&gt;星&lt;/b&gt;はあなたの手書きの潜在コード、&lt;b&gt;十字&lt;/b&gt;はクリックした点で右側にデコード結果が表示されます。&lt;b&gt;破線の枠&lt;/b&gt;は下の多様体が覆う範囲です。</translation>
    </message>
    <message>
        <source>The encoder of a model with a 2-value code turns each digit into a point; decoding a point shows what the model imagines there. The manifold decodes an n × n grid of points over the box.</source>
        <translation>2 次元の潜在コードを持つモデルのエンコーダは、各数字を 1 つの点に変換します。点をデコードすると、モデルがそこに何を思い描いているかがわかります。多様体は枠内の n × n の格子点をデコードしたものです。</translation>
    </message>
    <message>
        <source>Click between two clusters: what does the decoder draw there? Compare the 2-D latent model with the VAE.</source>
        <translation>2 つのクラスタの間をクリックしてみましょう。デコーダはそこに何を描くでしょうか。2 次元潜在空間モデルと VAE を比べてみてください。</translation>
    </message>
    <message>
        <source>Editing the code</source>
        <translation>潜在コードの編集</translation>
    </message>
    <message>
        <source>One slider per code value, starting at your drawing&apos;s code. Moving a slider changes that value and decodes the result at once.</source>
        <translation>潜在コードの値ごとにスライダが 1 つあり、最初は手書きの潜在コードに合わせてあります。スライダを動かすとその値が変わり、結果がすぐにデコードされます。</translation>
    </message>
    <message>
        <source>σ (sigma) beside a value is its standard deviation over the test digits: how much that value usually varies. The sliders are ordered by σ, most varied first, and span a few σ around the typical values.</source>
        <translation>値の横の σ（シグマ）は、テスト画像でのその値の標準偏差で、その値が普段どれだけばらつくかを表します。スライダは σ の大きい順に並び、典型的な値の周りの数 σ の範囲を動きます。</translation>
    </message>
    <message>
        <source>Move the first slider: which stroke does it control? Values with a small σ change little.</source>
        <translation>最初のスライダを動かしてみましょう。どの線が変わるでしょうか。σ の小さい値はあまり変化しません。</translation>
    </message>
    <message>
        <source>Nearest digits and the verdict</source>
        <translation>近傍の数字と判定</translation>
    </message>
    <message>
        <source>The test digits whose codes are closest to your drawing&apos;s code, with their distance, and a verdict: the digit most of them are.</source>
        <translation>手書きの潜在コードに最も近い潜在コードを持つテスト画像とその距離、そして判定（それらの大多数がどの数字か）を示します。</translation>
    </message>
    <message>
        <source>Distance is measured between codes (the straight-line distance, on codes scaled by their spread). Real digits usually sit close to neighbours of their own class; a drawing far from every test digit does not look like any digit.</source>
        <translation>距離は潜在コード同士で測ります（ばらつきでスケーリングした潜在コード間の直線距離）。本物の数字はたいてい同じクラスの近傍の近くにあります。どのテスト画像からも遠い手書きは、どの数字にも見えません。</translation>
    </message>
    <message>
        <source>Draw a 4 that could be a 9 and see how the votes split. Draw a letter and watch the distances grow.</source>
        <translation>9 にも見える 4 を描いて、票がどう割れるか見てみましょう。文字を描くと、距離が大きくなっていきます。</translation>
    </message>
    <message>
        <source>Training a model</source>
        <translation>モデルの学習</translation>
    </message>
    <message>
        <source>A real Keras fit in the background: the loss per batch and per epoch, the validation loss on digits held out from training, and after each epoch the reconstructions of ten test digits and of your drawing.</source>
        <translation>バックグラウンドで実際の Keras の fit を実行します。バッチごととエポックごとの損失、学習用から取り分けておいた画像での検証損失、そして各エポックの後にテスト画像 10 枚とあなたの手書きの再構成を表示します。</translation>
    </message>
    <message>
        <source>Each epoch passes over all training digits once, in batches; after every batch the optimizer nudges the weights to lower the loss. If the validation loss stops falling while the training loss still does, the model has started to memorise.</source>
        <translation>1 エポックで全学習画像をバッチに分けて 1 回ずつ通します。各バッチの後、オプティマイザが損失を下げるように重みを少し動かします。学習損失がまだ下がっているのに検証損失が下がらなくなったら、モデルは学習データを丸暗記し始めています（過学習）。</translation>
    </message>
    <message>
        <source>Train a vanilla model with a code of 8 for 2 epochs and compare its error with the shipped one.</source>
        <translation>潜在次元数 8 の基本モデルを 2 エポック学習し、その誤差を同梱モデルと比べてみましょう。</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Explain: {0}</source>
        <translation>説明：{0}</translation>
    </message>
    <message>
        <source>Explain this panel</source>
        <translation>このパネルの説明</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Autoencoder Studio could not save the choice ({0}). Start it with --language {1} to use that language.</source>
        <translation>Autoencoder Studio はこの選択を保存できませんでした（{0}）。この言語を使うには --language {1} を付けて起動してください。</translation>
    </message>
    <message>
        <source>Autoencoder Studio could not start again by itself. Start it as usual: it will speak {0}.</source>
        <translation>Autoencoder Studio を自動で再起動できませんでした。いつもどおり起動すると{0}で表示されます。</translation>
    </message>
    <message>
        <source>Autoencoder Studio will speak {0} from its next start.</source>
        <translation>Autoencoder Studio は次回の起動から {0} で表示されます。</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>今すぐ再起動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LatentMapPage</name>
    <message>
        <source>Click or drag on the map to decode any point.</source>
        <translation>マップをクリックまたはドラッグすると、任意の点をデコードできます。</translation>
    </message>
    <message>
        <source>How many decoded digits the grid has along each side.</source>
        <translation>格子の 1 辺あたりにデコードする数字の個数です。</translation>
    </message>
    <message>
        <source>The smallest z₁ the grid decodes.</source>
        <translation>格子がデコードする z₁ の最小値です。</translation>
    </message>
    <message>
        <source>The largest z₁ the grid decodes.</source>
        <translation>格子がデコードする z₁ の最大値です。</translation>
    </message>
    <message>
        <source>The smallest z₂ the grid decodes.</source>
        <translation>格子がデコードする z₂ の最小値です。</translation>
    </message>
    <message>
        <source>The largest z₂ the grid decodes.</source>
        <translation>格子がデコードする z₂ の最大値です。</translation>
    </message>
    <message>
        <source>Fit to the test digits</source>
        <translation>テスト画像に合わせる</translation>
    </message>
    <message>
        <source>Manifold: an n × n grid of decodes over the range</source>
        <translation>多様体：範囲内の n × n の格子をデコードしたもの</translation>
    </message>
    <message>
        <source>Decoded point</source>
        <translation>デコードした点</translation>
    </message>
    <message>
        <source>Manifold range</source>
        <translation>多様体の範囲</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x の最小</translation>
    </message>
    <message>
        <source>x to</source>
        <translation>x の最大</translation>
    </message>
    <message>
        <source>y from</source>
        <translation>y の最小</translation>
    </message>
    <message>
        <source>y to</source>
        <translation>y の最大</translation>
    </message>
    <message>
        <source>{0}: code value 1</source>
        <translation>{0}：潜在コードの値 1</translation>
    </message>
    <message>
        <source>code value 2</source>
        <translation>潜在コードの値 2</translation>
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
        <translation>準備ができたら「次へ」を押してください。</translation>
    </message>
    <message>
        <source>Waiting for a drawing the app reads as a {0}.</source>
        <translation>アプリが {0} と読み取る手書きを待っています。</translation>
    </message>
    <message>
        <source>Waiting for a drawing the app reads as a digit.</source>
        <translation>アプリが数字と読み取る手書きを待っています。</translation>
    </message>
    <message>
        <source>Waiting for a drawing that is not a digit.</source>
        <translation>数字ではない手書きを待っています。</translation>
    </message>
    <message>
        <source>Waiting for you to open that tab.</source>
        <translation>そのタブが開かれるのを待っています。</translation>
    </message>
    <message>
        <source>Waiting for you to select that model.</source>
        <translation>そのモデルが選択されるのを待っています。</translation>
    </message>
    <message>
        <source>Waiting for that noise in the noise demo.</source>
        <translation>ノイズのデモでそのノイズが設定されるのを待っています。</translation>
    </message>
    <message>
        <source>Waiting for a click on the map in the right place.</source>
        <translation>マップの正しい場所がクリックされるのを待っています。</translation>
    </message>
    <message>
        <source>Waiting for a finished training run with those settings.</source>
        <translation>その設定での学習が完了するのを待っています。</translation>
    </message>
    <message>
        <source>The lesson you are following and which of its steps you are on.</source>
        <translation>進行中のレッスンと、今どのステップにいるかを示します。</translation>
    </message>
    <message>
        <source>What this step explains and asks you to do; the app sees when it is done.</source>
        <translation>このステップの説明と課題です。課題が済むとアプリが自動で気づきます。</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <source>Show a hint for this step</source>
        <translation>このステップのヒントを表示します</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Stop lesson</source>
        <translation>レッスンを中止</translation>
    </message>
    <message>
        <source>Hide the lesson bar; the Lessons tab remembers where you are</source>
        <translation>レッスンバーを隠します。現在の位置はレッスンタブが覚えています</translation>
    </message>
    <message>
        <source>{0}: finished</source>
        <translation>{0}：完了</translation>
    </message>
    <message>
        <source>Well done! The lesson&apos;s question is waiting in the Lessons tab.</source>
        <translation>よくできました！レッスンの問題がレッスンタブで待っています。</translation>
    </message>
    <message>
        <source>{0} · step {1} of {2}</source>
        <translation>{0} · ステップ {1} / {2}</translation>
    </message>
    <message>
        <source>✓ Step {0} done.</source>
        <translation>✓ ステップ {0} 完了。</translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <source>Each lesson follows a tutorial; ✓ marks the ones you finished</source>
        <translation>各レッスンはチュートリアルに沿っています。✓ は完了したレッスンです</translation>
    </message>
    <message>
        <source>The lesson&apos;s number in the list and its title.</source>
        <translation>一覧でのレッスンの番号とタイトルです。</translation>
    </message>
    <message>
        <source>The lesson&apos;s steps in order; ▶ marks the one to do now.</source>
        <translation>レッスンのステップを順に並べたものです。▶ が今取り組むステップです。</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>レッスンを開始</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>最初から</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>解答を表示</translation>
    </message>
    <message>
        <source>Open my lessons folder</source>
        <translation>マイレッスンのフォルダを開く</translation>
    </message>
    <message>
        <source>Put lesson files of your own here (see docs/LESSONS.md), then reload; a lesson with the same file name replaces the shipped one</source>
        <translation>自作のレッスンファイルをここに置いて（docs/LESSONS.md を参照）、再読み込みしてください。同じファイル名のレッスンは同梱のものを置き換えます</translation>
    </message>
    <message>
        <source>Reload lessons</source>
        <translation>レッスンを再読み込み</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation>&lt;b&gt;レッスン&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Skipped (damaged): {0}. Details are in the log.</source>
        <translation>スキップしました（破損）：{0}。詳細はログにあります。</translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation>レッスンが見つかりません</translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation>問題：{0}</translation>
    </message>
    <message>
        <source>Continue lesson</source>
        <translation>レッスンを続ける</translation>
    </message>
    <message>
        <source>Could not open a file manager. The folder is: {0}</source>
        <translation>ファイルマネージャを開けませんでした。フォルダの場所：{0}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失 (loss)</translation>
    </message>
    <message>
        <source>val_loss</source>
        <translation>検証損失 (val_loss)</translation>
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
        <translation>描画</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>描画(&amp;D)</translation>
    </message>
    <message>
        <source>Draw tab</source>
        <translation>描画タブ</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>Train tab</source>
        <translation>学習タブ</translation>
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
        <translation>探索タブ</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>レッスン(&amp;L)</translation>
    </message>
    <message>
        <source>Lessons tab</source>
        <translation>レッスンタブ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>ツアーを開始(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Autoencoder Studio</source>
        <translation>Autoencoder Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>Draw a digit here with the mouse: left button draws, right button erases, Ctrl+Z undoes a stroke.</source>
        <translation>ここにマウスで数字を描いてください。左ボタンで描画、右ボタンで消去、Ctrl+Z で 1 ストローク元に戻します。</translation>
    </message>
    <message>
        <source>Every model rebuilds your drawing while you draw. The numbers are their errors; click a model to look inside it.</source>
        <translation>描いている間、すべてのモデルがあなたの手書きを再構成します。数値は各モデルの誤差です。モデルをクリックすると中身を見られます。</translation>
    </message>
    <message>
        <source>The code: the few numbers the selected model keeps of your drawing. Its decoder draws the reconstruction from these alone.</source>
        <translation>潜在コード：選択中のモデルが手書きから残す少数の数値です。デコーダはこれだけから再構成を描きます。</translation>
    </message>
    <message>
        <source>Add noise to your drawing and see the denoising model clean it up while a plain model copies the noise.</source>
        <translation>手書きにノイズを加え、通常のモデルがノイズまでコピーする一方で、ノイズ除去モデルがきれいにする様子を見てみましょう。</translation>
    </message>
    <message>
        <source>New to autoencoders? The Lessons tab walks you through the tutorials step by step. Every &quot;?&quot; explains its panel.</source>
        <translation>オートエンコーダは初めてですか？レッスンタブでチュートリアルを一歩ずつ学べます。「?」ボタンを押すと、そのパネルの説明が表示されます。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>What the app is doing: how many models are loaded and how long that took.</source>
        <translation>アプリの状況です。読み込んだモデルの数と、それにかかった時間を示します。</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>モデルを読み込み中…</translation>
    </message>
    <message>
        <source>Loading TensorFlow and the pretrained models…</source>
        <translation>TensorFlow と学習済みモデルを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n models ready (loaded in {0:.1f} s).</source>
        <translation>
            <numerusform>%n 個のモデルの準備ができました（読み込み時間 {0:.1f} 秒）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unavailable: {0}.</source>
        <translation>
            <numerusform>%n 個は利用できません：{0}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The models could not be loaded.</source>
        <translation>モデルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Models not loaded</source>
        <translation>モデルが読み込まれていません</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>&lt;b&gt;Autoencoder Studio {0}&lt;/b&gt;&lt;p&gt;Draw a digit and watch a zoo of MNIST autoencoders reconstruct it, live. Train your own in the Train tab, look inside their code space in the Explore tab.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Autoencoder Studio {0}&lt;/b&gt;&lt;p&gt;数字を描くと、さまざまな MNIST オートエンコーダがそれをリアルタイムで再構成します。学習タブで自分のモデルを学習し、探索タブで潜在空間の中をのぞいてみましょう。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where the files are&lt;/b&gt;&lt;br&gt;Program: {0}&lt;br&gt;Shipped models: {1}&lt;br&gt;Bundled MNIST: {2}&lt;br&gt;Your trained models: {3}&lt;br&gt;Downloaded datasets: {4}&lt;br&gt;Settings: {5}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ファイルの場所&lt;/b&gt;&lt;br&gt;プログラム：{0}&lt;br&gt;同梱モデル：{1}&lt;br&gt;同梱の MNIST：{2}&lt;br&gt;学習したモデル：{3}&lt;br&gt;ダウンロードしたデータセット：{4}&lt;br&gt;設定：{5}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The code and the shipped weights are under the MIT licence. The MNIST database is © Yann LeCun and Corinna Cortes, under CC BY-SA 3.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ソースコードと同梱の重みは MIT ライセンスです。MNIST データベースは © Yann LeCun and Corinna Cortes で、CC BY-SA 3.0 ライセンスで提供されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Autoencoder Studio</source>
        <translation>Autoencoder Studio について</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>cosine</source>
        <translation>コサイン減衰</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>一定</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>不明なデータ</translation>
    </message>
    <message>
        <source>Not recorded (an untrained or imported model).</source>
        <translation>記録なし（未学習またはインポートしたモデル）。</translation>
    </message>
    <message numerus="yes">
        <source>{0}, {1} epochs in %n stages</source>
        <translation>
            <numerusform>{0}、%n 段階で {1} エポック</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, epochs not recorded</source>
        <translation>{0}、エポック数の記録なし</translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs (best {1})</source>
        <translation>
            <numerusform>{0}、%n エポック（最良 {1}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs</source>
        <translation>
            <numerusform>{0}、%n エポック</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, learning rate {1} {2}, {3} loss, batch {4}</source>
        <translation>{0}、学習率 {1} {2}、{3} 損失、バッチサイズ {4}</translation>
    </message>
    <message>
        <source>inputs with noise {0} ({1}, one per digit)</source>
        <translation>入力にノイズ係数 {0} のノイズ（{1}、画像ごとに 1 種類）</translation>
    </message>
    <message numerus="yes">
        <source>then %n epochs from learning rate {0} {1}</source>
        <translation>
            <numerusform>続いて学習率 {0} {1} で %n エポック</numerusform>
        </translation>
    </message>
    <message>
        <source>{0:.0%} of code values exactly zero</source>
        <translation>潜在コードの値の {0:.0%} がちょうどゼロ</translation>
    </message>
    <message>
        <source>widest digit class spreads {0:.1f}× as wide as the median class</source>
        <translation>最も広がった数字のクラスの幅は、中央値のクラスの {0:.1f}×</translation>
    </message>
    <message>
        <source>BCE under noise 0.5: {0}</source>
        <translation>ノイズ 0.5 での BCE：{0}</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>記録なし。</translation>
    </message>
    <message>
        <source>loss {0:.4f} after epoch {1}, {2:.4f} after epoch {3} (validation {4:.4f})</source>
        <translation>損失：エポック {1} 後 {0:.4f}、エポック {3} 後 {2:.4f}（検証 {4:.4f}）</translation>
    </message>
    <message>
        <source>Not measured.</source>
        <translation>未測定。</translation>
    </message>
    <message>
        <source>BCE {0:.4f}, MSE {1:.4f} on the 10,000 test digits</source>
        <translation>テスト画像 10,000 枚で BCE {0:.4f}、MSE {1:.4f}</translation>
    </message>
    <message>
        <source>target ≤ {0:.4f}</source>
        <translation>目標 ≤ {0:.4f}</translation>
    </message>
    <message>
        <source>the tutorial reports {0}</source>
        <translation>チュートリアルの報告値は {0}</translation>
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
            <numerusform>自作モデル（{0} で %n エポック学習）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours, opened from a file.</source>
        <translation>自作モデル、ファイルから開いたもの。</translation>
    </message>
    <message>
        <source>Recipe from</source>
        <translation>レシピの出典</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>チュートリアル</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>潜在コード</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}, {3:.1f}× compression</source>
        <translation>{0}：{1} → {2}、圧縮率 {3:.1f}×</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>学習条件</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Test error</source>
        <translation>テスト誤差</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Restore the shipped model</source>
        <translation>同梱モデルに戻す</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>出力形状</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>パラメータ数</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>層構成</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Show the Keras code</source>
        <translation>Keras コードを表示</translation>
    </message>
    <message>
        <source>Unavailable:</source>
        <translation>利用できません：</translation>
    </message>
</context>
<context>
    <name>ModelHub</name>
    <message>
        <source>Loading the models</source>
        <translation>モデルの読み込み</translation>
    </message>
    <message>
        <source>The models could not be loaded. {0}</source>
        <translation>モデルを読み込めませんでした。{0}</translation>
    </message>
    <message>
        <source>No shipped model is named {0}.</source>
        <translation>{0} という名前の同梱モデルはありません。</translation>
    </message>
</context>
<context>
    <name>ModelOpener</name>
    <message>
        <source>Opening the model</source>
        <translation>モデルを開いています</translation>
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
        <translation>読み込み中…</translation>
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
        <translation>手書きから</translation>
    </message>
    <message>
        <source>Where this end&apos;s digit comes from: the drawing or an MNIST test digit (#number).</source>
        <translation>この端の数字の出どころです：手書き、または MNIST のテスト画像（#番号）。</translation>
    </message>
    <message>
        <source>Show this MNIST test digit here</source>
        <translation>この MNIST テスト画像をここに表示します</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>A random MNIST test digit</source>
        <translation>ランダムな MNIST テスト画像</translation>
    </message>
    <message>
        <source>Test digit</source>
        <translation>テスト画像</translation>
    </message>
    <message>
        <source>Shows: {0}</source>
        <translation>表示中：{0}</translation>
    </message>
</context>
<context>
    <name>MorphPage</name>
    <message>
        <source>How far along the straight line from A&apos;s code to B&apos;s the decoded code is.</source>
        <translation>A の潜在コードから B の潜在コードへの直線上で、デコードする潜在コードがどこまで進んでいるかを示します。</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> フレーム</translation>
    </message>
    <message>
        <source>How many images the strip from A to B has.</source>
        <translation>A から B までの画像列の枚数です。</translation>
    </message>
    <message>
        <source>Export strip…</source>
        <translation>画像列をエクスポート…</translation>
    </message>
    <message>
        <source>Strip:</source>
        <translation>画像列：</translation>
    </message>
    <message>
        <source>Morph</source>
        <translation>モーフィング</translation>
    </message>
    <message>
        <source>Strip from A to B</source>
        <translation>A から B への画像列</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>手書き</translation>
    </message>
    <message>
        <source>test digit #{0}, a {1}</source>
        <translation>テスト画像 #{0}（数字 {1}）</translation>
    </message>
    <message>
        <source>{0:.0%} of the way from A to B</source>
        <translation>A から B まで {0:.0%} の位置</translation>
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
        <translation>表示する近傍のテスト画像の数です。</translation>
    </message>
    <message>
        <source>Neighbours:</source>
        <translation>近傍：</translation>
    </message>
    <message>
        <source>The drawing, as the models see it</source>
        <translation>モデルから見た手書き</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab.</source>
        <translation>描画タブで数字を描いてください。</translation>
    </message>
    <message>
        <source>The verdict: the digit most of the nearest training digits (by distance between codes) are, how many of them agree, and how typical the drawing is.</source>
        <translation>判定：最も近い学習画像（潜在コード間の距離による）の大多数がどの数字か、そのうちいくつが一致しているか、そして手書きがどれだけ典型的かを示します。</translation>
    </message>
    <message>
        <source>Nearest MNIST test digits by code direction (label · distance)</source>
        <translation>潜在コードの向きが最も近い MNIST テスト画像（ラベル · 距離）</translation>
    </message>
    <message>
        <source>All test codes projected on their two main axes (PCA)</source>
        <translation>すべてのテスト画像の潜在コードを 2 つの主軸に射影したもの（PCA）</translation>
    </message>
    <message>
        <source>axis 1 ({0:.0%} of the variance)</source>
        <translation>第 1 軸（分散の {0:.0%}）</translation>
    </message>
    <message>
        <source>axis 2 ({0:.0%})</source>
        <translation>第 2 軸（{0:.0%}）</translation>
    </message>
    <message>
        <source>Encoding the test digits…</source>
        <translation>テスト画像をエンコード中…</translation>
    </message>
    <message>
        <source>The nearest digits need the MNIST test digits.</source>
        <translation>近傍の数字を表示するには MNIST のテスト画像が必要です。</translation>
    </message>
    <message>
        <source>No verdict: {0}</source>
        <translation>判定なし：{0}</translation>
    </message>
    <message>
        <source>Looks like a &lt;b&gt;{0}&lt;/b&gt;: {1} of {2} nearest training digits agree · typicality {3:.0%}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; に見えます：最も近い学習画像 {2} 枚のうち {1} 枚が一致 · 典型度 {3:.0%}</translation>
    </message>
    <message>
        <source>its nearest training digits (mostly {0}s) are {1:.2f} away in the judging models&apos; codes, where a digit&apos;s usually are {2:.2f}–{3:.2f} away</source>
        <translation>最も近い学習画像（ほとんどが {0}）は判定用モデルの潜在コードで {1:.2f} 離れています。数字では普通 {2:.2f}〜{3:.2f} です</translation>
    </message>
    <message>
        <source>its code is far from every digit&apos;s usual codes</source>
        <translation>潜在コードがどの数字の通常の潜在コードからも遠く離れています</translation>
    </message>
    <message>
        <source>the models cannot redraw it well</source>
        <translation>モデルがうまく描き直せません</translation>
    </message>
    <message>
        <source>its nearest digits disagree</source>
        <translation>最も近い数字の間で意見が割れています</translation>
    </message>
    <message>
        <source>&lt;b&gt;Does not look like any digit&lt;/b&gt;: {0}. Typicality {1:.1%}; a digit needs {2:.0%}.</source>
        <translation>&lt;b&gt;どの数字にも見えません&lt;/b&gt;：{0}。典型度 {1:.1%}、数字と判定されるには {2:.0%} 必要です。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons a drawing is no digit</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>NoisePanel</name>
    <message>
        <source>Noise factor: 0 is the clean drawing, 1 the strongest noise.</source>
        <translation>ノイズ係数：0 はきれいな手書き、1 は最も強いノイズです。</translation>
    </message>
    <message>
        <source>The noise factor: 0 is the clean drawing, 1 the strongest noise.</source>
        <translation>ノイズ係数です。0 はきれいな手書き、1 は最も強いノイズです。</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>新しいノイズ</translation>
    </message>
    <message>
        <source>Draw a new random noise pattern.</source>
        <translation>新しいランダムなノイズパターンを生成します。</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <source>The errors of the image above against the clean drawing: binary cross-entropy (BCE) and mean squared error (MSE) over its 784 pixels; lower is closer.</source>
        <translation>上の画像の、きれいな手書きに対する誤差です。784 ピクセルにわたる二値交差エントロピー（BCE）と平均二乗誤差（MSE）で、小さいほど近いことを表します。</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>読み込まれていません</translation>
    </message>
    <message>
        <source>BCE {0:.3f}
MSE {1:.3f}</source>
        <translation>BCE {0:.3f}
MSE {1:.3f}</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>数字を描いてください</translation>
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
        <translation>{0} 時間 {1:02d} 分</translation>
    </message>
    <message>
        <source>Epoch {0} of {1}</source>
        <translation>エポック {0} / {1}</translation>
    </message>
    <message>
        <source>batch {0}/{1}</source>
        <translation>バッチ {0}/{1}</translation>
    </message>
    <message>
        <source>loss {0:.4f}</source>
        <translation>損失 {0:.4f}</translation>
    </message>
    <message>
        <source>{0:,.0f} digits/s</source>
        <translation>{0:,.0f} 枚/秒</translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation>残り約 {0}</translation>
    </message>
    <message>
        <source>Set up a run and press Start.</source>
        <translation>学習の設定をして「学習を開始」を押してください。</translation>
    </message>
    <message>
        <source>epoch: %p%</source>
        <translation>エポック：%p%</translation>
    </message>
    <message>
        <source>run: %v of %m epochs</source>
        <translation>全体：%v / %m エポック</translation>
    </message>
    <message>
        <source>How much of the current epoch (one pass over the training digits) is done.</source>
        <translation>現在のエポック（学習画像全体を 1 回通すこと）の進み具合です。</translation>
    </message>
    <message>
        <source>How many of the run&apos;s epochs are done.</source>
        <translation>学習全体のエポックのうち完了した数です。</translation>
    </message>
    <message>
        <source>This epoch</source>
        <translation>このエポック</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>学習全体</translation>
    </message>
    <message>
        <source>Test images of {0} (top) and the model&apos;s reconstructions (bottom) after the last epoch; right: your drawing.</source>
        <translation>最後のエポック後の {0} のテスト画像（上）とモデルによる再構成（下）。右はあなたの手書きです。</translation>
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
        <translation>検証損失 {0:.4f}</translation>
    </message>
    <message>
        <source>test BCE {0:.4f}</source>
        <translation>テスト BCE {0:.4f}</translation>
    </message>
    <message>
        <source>Save this model</source>
        <translation>このモデルを保存</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Use in Draw tab</source>
        <translation>描画タブで使う</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{0}&lt;/b&gt;: {1}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; として保存しました：{1}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This run diverged&lt;/b&gt;: its loss reached {0:.4g} in epoch {1} (last epoch {2:.4f}), so the reconstructions all look alike. Try a learning rate well below {3:g}.</source>
        <translation>&lt;b&gt;この学習は発散しました&lt;/b&gt;：エポック {1} で損失が {0:.4g} に達したため（最後のエポックは {2:.4f}）、再構成がどれも同じように見えます。学習率を {3:g} よりかなり小さくしてみてください。</translation>
    </message>
    <message>
        <source>Stopped. The model after epoch {0} is kept ({1}). Save it to use it later?</source>
        <translation>停止しました。エポック {0} の後のモデルを保持しています（{1}）。後で使えるように保存しますか？</translation>
    </message>
    <message>
        <source>The trained model could not be saved in {0}: {1}. It is kept in memory ({2}): free some space and retry, or save it elsewhere.</source>
        <translation>学習したモデルを {0} に保存できませんでした：{1}。モデルはメモリ上に保持しています（{2}）。空き容量を確保して再試行するか、別の場所に保存してください。</translation>
    </message>
</context>
<context>
    <name>SampleStrip</name>
    <message>
        <source>your drawing</source>
        <translation>あなたの手書き</translation>
    </message>
    <message>
        <source>draw a digit in the Draw tab</source>
        <translation>描画タブで数字を描いてください</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Alt and a menu&apos;s underlined letter opens it; Tab moves between the controls of a tab.</source>
        <translation>Alt キーとメニューの下線付きの文字でメニューが開きます。Tab キーでタブ内のコントロール間を移動します。</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message numerus="yes">
        <source>%n epochs from {0:g}, {1}</source>
        <translation>
            <numerusform>%n エポック、初期学習率 {0:g}、{1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TensorBoardGroup</name>
    <message>
        <source>Write TensorBoard logs</source>
        <translation>TensorBoard のログを書き出す</translation>
    </message>
    <message>
        <source>Folder for the logs</source>
        <translation>ログのフォルダ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Each run writes into its own sub-folder.</source>
        <translation>学習ごとに専用のサブフォルダに書き出します。</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>ログフォルダ</translation>
    </message>
    <message>
        <source>choose a folder for the logs</source>
        <translation>ログのフォルダを選択してください</translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation>TensorBoard のログのフォルダ</translation>
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
        <translation>テスト画像 #{0}：数字 {1}、潜在空間での距離 {2:.3f}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Skip the tour</source>
        <translation>ツアーをスキップ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Code size</source>
        <translation>潜在次元数</translation>
    </message>
    <message>
        <source>Values in the code (the bottleneck).</source>
        <translation>潜在コードの値の数（ボトルネック）です。</translation>
    </message>
    <message>
        <source>Hidden sizes</source>
        <translation>隠れ層のサイズ</translation>
    </message>
    <message>
        <source>Encoder layer widths before the code, e.g. 128, 64 (mirrored in the decoder); leave empty for none.</source>
        <translation>潜在コードの手前にあるエンコーダの層の幅です。例：128, 64（デコーダでは逆順）。なしの場合は空欄にします。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルタ数</translation>
    </message>
    <message>
        <source>Filters per conv + pooling block, e.g. 16, 8, 8 (mirrored in the decoder).</source>
        <translation>畳み込み + プーリングの各ブロックのフィルタ数です。例：16, 8, 8（デコーダでは逆順）。</translation>
    </message>
    <message>
        <source>L1 on the code</source>
        <translation>潜在コードへの L1</translation>
    </message>
    <message>
        <source>Strength of the sparsity penalty on the code (0 for none).</source>
        <translation>潜在コードにかけるスパース性のペナルティの強さです（0 でペナルティなし）。</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二値交差エントロピー</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>平均二乗誤差</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>一定</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>コサイン減衰</translation>
    </message>
    <message>
        <source>a number from {0:g} to {1:g}</source>
        <translation>{0:g}〜{1:g} の数値</translation>
    </message>
    <message>
        <source>whole numbers separated by commas</source>
        <translation>カンマ区切りの整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>{0} to {1} numbers</source>
        <translation>{0}〜{1} 個の数値</translation>
    </message>
    <message>
        <source>each from {0:g} to {1:g}</source>
        <translation>それぞれ {0:g}〜{1:g}</translation>
    </message>
    <message>
        <source>TensorBoard is not installed. To log runs, install it into the app&apos;s environment: pip install tensorboard.</source>
        <translation>TensorBoard がインストールされていません。学習のログを取るには、アプリの環境にインストールしてください：pip install tensorboard</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Shipped model&apos;s recipe</source>
        <translation>同梱モデルのレシピ</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>The autoencoder family and layout to train.</source>
        <translation>学習するオートエンコーダの系統と構成です。</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Fill the form with a tutorial&apos;s settings.</source>
        <translation>チュートリアルの設定をフォームに入力します。</translation>
    </message>
    <message>
        <source>Input noise</source>
        <translation>入力ノイズ</translation>
    </message>
    <message>
        <source>Noise added to the inputs while training (a denoiser); 0 for none.</source>
        <translation>学習中に入力に加えるノイズです（ノイズ除去モデル）。0 でノイズなし。</translation>
    </message>
    <message>
        <source>Noise kinds</source>
        <translation>ノイズの種類</translation>
    </message>
    <message>
        <source>Each training digit gets one of the ticked noises, drawn at random.</source>
        <translation>各学習画像には、チェックしたノイズのうち 1 つがランダムに選ばれて加わります。</translation>
    </message>
    <message>
        <source>What this variant is, its layer sizes, and the tutorial it comes from.</source>
        <translation>この種類の概要、層のサイズ、元になったチュートリアルです。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Training digits</source>
        <translation>学習画像数</translation>
    </message>
    <message>
        <source>How many training images to use (a fifth of them, at most 5,000, is held out for validation).</source>
        <translation>学習に使う画像の枚数です（そのうち 5 分の 1、最大 5,000 枚を検証用に取り分けます）。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Passes over the training digits.</source>
        <translation>学習画像全体を通す回数です。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Digits per gradient step.</source>
        <translation>勾配の 1 ステップあたりの画像の枚数です。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>オプティマイザ</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>For example 0.001 or 1e-3.</source>
        <translation>例：0.001 または 1e-3。</translation>
    </message>
    <message>
        <source>Rate schedule</source>
        <translation>学習率スケジュール</translation>
    </message>
    <message>
        <source>Keep the rate, or let it decay to zero along a cosine.</source>
        <translation>学習率を一定に保つか、コサインに沿ってゼロまで減衰させます。</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>ウォームアップのエポック数</translation>
    </message>
    <message>
        <source>Epochs over which a cosine schedule ramps the rate up from 1% (keeps more ReLU units alive).</source>
        <translation>コサインスケジュールで学習率を 1% から上げていくエポック数です（ReLU ユニットが死ににくくなります）。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>乱数シード</translation>
    </message>
    <message>
        <source>The same seed and settings give the same model.</source>
        <translation>同じシードと設定からは同じモデルができます。</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>第 2 段階</translation>
    </message>
    <message>
        <source>{0}
From: {1}</source>
        <translation>{0}
出典：{1}</translation>
    </message>
    <message>
        <source>a number, e.g. 0.001</source>
        <translation>数値（例：0.001）</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} (edited)</source>
        <translation>{0}（編集済み）</translation>
    </message>
    <message>
        <source>{0:g} is {1:.0f}× the preset&apos;s {2:g}: the loss may blow up (diverge). Lower it unless you want to see that happen.</source>
        <translation>{0:g} はプリセットの {2:g} の {1:.0f}× です。損失が爆発的に増える（発散する）おそれがあります。それを見てみたいのでなければ、値を下げてください。</translation>
    </message>
    <message>
        <source>Refine afterwards</source>
        <translation>その後に微調整</translation>
    </message>
    <message>
        <source>Train further with a second, gentler cosine cycle after the first.</source>
        <translation>最初のサイクルの後、より穏やかな 2 回目のコサインサイクルでさらに学習します。</translation>
    </message>
    <message>
        <source>cosine decay</source>
        <translation>コサイン減衰</translation>
    </message>
    <message>
        <source>constant rate</source>
        <translation>一定の学習率</translation>
    </message>
    <message>
        <source>{0}, from the first stage&apos;s weights (as the shipped model was trained).</source>
        <translation>{0}、第 1 段階の重みから（同梱モデルの学習方法と同じ）。</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Loading {0}…</source>
        <translation>{0} を読み込み中…</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>モデルを構築中…</translation>
    </message>
    <message>
        <source>Measuring on the test digits…</source>
        <translation>テスト画像で測定中…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation>学習したモデルの保存</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Keras モデル (*.keras)</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>学習を開始</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>学習をキャンセル</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Keras code…</source>
        <translation>Keras コード…</translation>
    </message>
    <message>
        <source>Show the Keras code for these settings</source>
        <translation>この設定の Keras コードを表示します</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>先に赤く表示された欄を修正してください。</translation>
    </message>
    <message>
        <source>shipped model, test BCE</source>
        <translation>同梱モデル、テスト BCE</translation>
    </message>
    <message>
        <source>tutorial&apos;s figure</source>
        <translation>チュートリアルの数値</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>このバッチの後で停止します…</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epochs in {0}.</source>
        <translation>
            <numerusform>%n エポックを {0} で完了しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epochs; the model is not saved yet.</source>
        <translation>
            <numerusform>%n エポックを完了しました。モデルはまだ保存されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after {0} of %n epochs.</source>
        <translation>
            <numerusform>%n エポック中 {0} エポックで停止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the first epoch finished; there is nothing to keep.</source>
        <translation>最初のエポックが終わる前に停止したため、保持するものはありません。</translation>
    </message>
    <message>
        <source>The run failed; nothing was saved.</source>
        <translation>学習に失敗しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>学習中です</translation>
    </message>
    <message>
        <source>Stop training and quit?</source>
        <translation>学習を中止して終了しますか？</translation>
    </message>
    <message>
        <source>Trained model not saved</source>
        <translation>学習したモデルは保存されていません</translation>
    </message>
    <message>
        <source>The trained model could not be saved and will be lost. Quit anyway?</source>
        <translation>学習したモデルを保存できず、失われます。それでも終了しますか？</translation>
    </message>
</context>
<context>
    <name>TrainedModelsPanel</name>
    <message>
        <source>Open an autoencoder</source>
        <translation>オートエンコーダを開く</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Keras モデル (*.keras)</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>{0} を確認中…</translation>
    </message>
    <message>
        <source>{0} is now in the Draw tab.</source>
        <translation>{0} が描画タブに追加されました。</translation>
    </message>
    <message>
        <source>Model not used</source>
        <translation>モデルを使用できませんでした</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Val loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <source>Test BCE</source>
        <translation>テスト BCE</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>In Draw tab</source>
        <translation>描画タブ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>instead of the shipped {0}</source>
        <translation>同梱の {0} の代わり</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完全</translation>
    </message>
    <message>
        <source>{0} (diverged)</source>
        <translation>{0}（発散）</translation>
    </message>
    <message>
        <source>{0}: {1}. Delete it, or keep it without its metadata.</source>
        <translation>{0}：{1}。削除するか、メタデータなしで保持してください。</translation>
    </message>
    <message>
        <source>The loss rose instead of falling: try a lower rate.</source>
        <translation>損失が下がらずに上がりました。学習率を下げてみてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;My trained models&lt;/b&gt;</source>
        <translation>&lt;b&gt;学習したモデル&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use in Draw tab</source>
        <translation>描画タブで使う</translation>
    </message>
    <message>
        <source>Add it to the Draw tab next to the shipped models</source>
        <translation>同梱モデルと並べて描画タブに追加します</translation>
    </message>
    <message>
        <source>Use instead of the shipped model</source>
        <translation>同梱モデルの代わりに使う</translation>
    </message>
    <message>
        <source>Remove from Draw tab</source>
        <translation>描画タブから外す</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>モデルを開く…</translation>
    </message>
    <message>
        <source>Check a .keras autoencoder from anywhere and add it to the Draw tab</source>
        <translation>任意の場所にある .keras のオートエンコーダを確認して描画タブに追加します</translation>
    </message>
    <message>
        <source>Show models folder</source>
        <translation>モデルのフォルダを表示</translation>
    </message>
    <message>
        <source>Keras code…</source>
        <translation>Keras コード…</translation>
    </message>
    <message>
        <source>Show the Keras code of this run</source>
        <translation>この学習の Keras コードを表示します</translation>
    </message>
    <message>
        <source>Keep without metadata</source>
        <translation>メタデータなしで保持</translation>
    </message>
    <message>
        <source>Accept an incomplete model as it is; its figures are lost</source>
        <translation>不完全なモデルをそのまま受け入れます。その数値は失われます</translation>
    </message>
    <message>
        <source>Use instead of the shipped {0}</source>
        <translation>同梱の {0} の代わりに使う</translation>
    </message>
    <message>
        <source>Restore the shipped {0}</source>
        <translation>同梱の {0} に戻す</translation>
    </message>
    <message>
        <source>Use a diverged model?</source>
        <translation>発散したモデルを使いますか？</translation>
    </message>
    <message>
        <source>{0} diverged: its loss rose instead of falling, so its reconstructions are all alike. Use it in the Draw tab anyway?</source>
        <translation>{0} は発散しました。損失が下がらずに上がったため、再構成がどれも同じになります。それでも描画タブで使いますか？</translation>
    </message>
    <message>
        <source>{0} now runs in the Draw tab instead of the shipped {1}.</source>
        <translation>描画タブでは、同梱の {1} の代わりに {0} が動作しています。</translation>
    </message>
    <message>
        <source>Shipped model not restored</source>
        <translation>同梱モデルに戻せませんでした</translation>
    </message>
    <message>
        <source>The shipped {0} is back in the Draw tab.</source>
        <translation>描画タブに同梱の {0} が戻りました。</translation>
    </message>
    <message>
        <source>{0} was removed from the Draw tab.</source>
        <translation>{0} を描画タブから外しました。</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>名前を変更できませんでした</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前：</translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation>モデル名の変更</translation>
    </message>
    <message>
        <source>{0}
New name:</source>
        <translation>{0}
新しい名前：</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>モデルの削除</translation>
    </message>
    <message>
        <source>Delete {0} and its metrics for good?</source>
        <translation>{0} とその評価値を完全に削除しますか？</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>削除できませんでした</translation>
    </message>
    <message>
        <source>{0} could not be deleted ({1}).</source>
        <translation>{0} を削除できませんでした（{1}）。</translation>
    </message>
    <message>
        <source>No Keras code</source>
        <translation>Keras コードはありません</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>保持できませんでした</translation>
    </message>
    <message>
        <source>{0} could not be updated ({1}).</source>
        <translation>{0} を更新できませんでした（{1}）。</translation>
    </message>
    <message>
        <source>No file manager could be opened. Your models are in {0} (select the path to copy it).</source>
        <translation>ファイルマネージャを開けませんでした。モデルは {0} にあります（パスを選択してコピーできます）。</translation>
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
        <translation>手書きが、モデルが学習した手書き数字としてどれだけ典型的かを示します。基本・深層・畳み込みモデルを合わせて見たときに、手書きより典型的でないと判断される学習画像の割合です（潜在コードが本物の数字にどれだけ近いか、どれだけうまく描き直せるか、最も近い数字の意見が一致するか）。{0:.0%}（目盛り）を下回ると、どの数字にも見えません。</translation>
    </message>
    <message>
        <source>The verdict follows once the models have loaded…</source>
        <translation>モデルの読み込みが終わると判定します…</translation>
    </message>
    <message>
        <source>No verdict: {0}</source>
        <translation>判定なし：{0}</translation>
    </message>
    <message>
        <source>Draw a digit to see how typical it is.</source>
        <translation>数字を描くと、どれだけ典型的かが表示されます。</translation>
    </message>
    <message>
        <source>Does not look like any digit (typicality {0:.1%})</source>
        <translation>どの数字にも見えません（典型度 {0:.1%}）</translation>
    </message>
    <message>
        <source>Looks like a {0} · typicality {1:.0%}</source>
        <translation>{0} に見えます · 典型度 {1:.0%}</translation>
    </message>
</context>
<context>
    <name>WrittenNotice</name>
    <message>
        <source>Show folder</source>
        <translation>フォルダを表示</translation>
    </message>
    <message>
        <source>Wrote {0} to {1}.</source>
        <translation>{0} を {1} に書き出しました。</translation>
    </message>
    <message>
        <source>No file manager could be opened; the files are in {0}.</source>
        <translation>ファイルマネージャを開けませんでした。ファイルは {0} にあります。</translation>
    </message>
</context>
</TS>
