<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CodeCompare</name>
    <message numerus="yes">
        <source>{0} of %n values are zero</source>
        <translation>
            <numerusform>{0} of %n value is zero</numerusform>
            <numerusform>{0} of %n values are zero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (vanilla: {1} of %n)</source>
        <translation>
            <numerusform>{0} (vanilla: {1} of %n)</numerusform>
            <numerusform>{0} (vanilla: {1} of %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message numerus="yes">
        <source>Copied %n lines to the clipboard.</source>
        <translation>
            <numerusform>Copied %n line to the clipboard.</numerusform>
            <numerusform>Copied %n lines to the clipboard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} = %n values</source>
        <translation>
            <numerusform>{0} = %n value</numerusform>
            <numerusform>{0} = %n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceChoice</name>
    <message numerus="yes">
        <source>All %n devices</source>
        <translation>
            <numerusform>The %n device</numerusform>
            <numerusform>All %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n models ready (loaded in {0:.1f} s).</source>
        <translation>
            <numerusform>%n model ready (loaded in {0:.1f} s).</numerusform>
            <numerusform>%n models ready (loaded in {0:.1f} s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unavailable: {0}.</source>
        <translation>
            <numerusform>%n unavailable: {0}.</numerusform>
            <numerusform>%n unavailable: {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message numerus="yes">
        <source>{0}, {1} epochs in %n stages</source>
        <translation>
            <numerusform>{0}, {1} epochs in %n stage</numerusform>
            <numerusform>{0}, {1} epochs in %n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs (best {1})</source>
        <translation>
            <numerusform>{0}, %n epoch (best {1})</numerusform>
            <numerusform>{0}, %n epochs (best {1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n epochs</source>
        <translation>
            <numerusform>{0}, %n epoch</numerusform>
            <numerusform>{0}, %n epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>then %n epochs from learning rate {0} {1}</source>
        <translation>
            <numerusform>then %n epoch from learning rate {0} {1}</numerusform>
            <numerusform>then %n epochs from learning rate {0} {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yours, trained %n epochs on {0}.</source>
        <translation>
            <numerusform>Yours, trained %n epoch on {0}.</numerusform>
            <numerusform>Yours, trained %n epochs on {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message numerus="yes">
        <source>%n epochs from {0:g}, {1}</source>
        <translation>
            <numerusform>%n epoch from {0:g}, {1}</numerusform>
            <numerusform>%n epochs from {0:g}, {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message numerus="yes">
        <source>Finished %n epochs in {0}.</source>
        <translation>
            <numerusform>Finished %n epoch in {0}.</numerusform>
            <numerusform>Finished %n epochs in {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n epochs; the model is not saved yet.</source>
        <translation>
            <numerusform>Finished %n epoch; the model is not saved yet.</numerusform>
            <numerusform>Finished %n epochs; the model is not saved yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after {0} of %n epochs.</source>
        <translation>
            <numerusform>Stopped after {0} of %n epochs.</numerusform>
            <numerusform>Stopped after {0} of %n epochs.</numerusform>
        </translation>
    </message>
</context>
</TS>
