"""The explanations behind every "?" button: what a panel shows, how it is computed, what to try.

Written for a learner who has never met an autoencoder. Each topic is a title and a few paragraphs of
rich text, kept as data and translated when shown (``QT_TRANSLATE_NOOP`` marks them for the translators).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class Topic:
    title: str
    shows: str
    computed: str
    try_this: str
    diagram: str | None = None  # "architecture" draws the selected model's shapes

    def translated(self) -> Topic:
        """The topic in the app's language (its texts are marked below, under the "Help" context)."""
        return Topic(QCoreApplication.translate("Help", self.title), QCoreApplication.translate("Help", self.shows),
                     QCoreApplication.translate("Help", self.computed),
                     QCoreApplication.translate("Help", self.try_this), self.diagram)


TOPICS: dict[str, Topic] = {
    "autoencoder": Topic(
        QT_TRANSLATE_NOOP("Help", "What an autoencoder is"),
        QT_TRANSLATE_NOOP("Help", "An autoencoder is two networks back to back. The <b>encoder</b> turns a digit "
                          "image into a short list of numbers, the <b>code</b>. The <b>decoder</b> turns the code "
                          "back into an image, the <b>reconstruction</b>. The decoder never sees the input: "
                          "everything it draws comes from the code."),
        QT_TRANSLATE_NOOP("Help", "An MNIST digit is 28 × 28 = 784 grey values between 0 (black) and 1 (white). "
                          "Training shows the network thousands of digits and changes its weights until the "
                          "reconstructions are as close to the inputs as they can be. Nobody tells it what "
                          "the code should mean: it finds a code that works."),
        QT_TRANSLATE_NOOP("Help", "Draw a digit and watch each model's reconstruction. Then draw something that is "
                          "not a digit: the decoders can only draw what they learned."),
        "architecture"),
    "reconstructions": Topic(
        QT_TRANSLATE_NOOP("Help", "Reconstructions"),
        QT_TRANSLATE_NOOP("Help", "Each tile is one model's attempt to rebuild your drawing from its code, with its "
                          "error (BCE and MSE) against the model input. Click a tile to see that model's code "
                          "and card."),
        QT_TRANSLATE_NOOP("Help", "Your drawing is made to look like an MNIST digit (the model input, bottom "
                          "left), then every model encodes and decodes it in one call, while you draw."),
        QT_TRANSLATE_NOOP("Help", "Draw slowly and watch the tiles change mid-stroke. Which model keeps the most "
                          "detail? Which one has the lowest error?")),
    "code": Topic(
        QT_TRANSLATE_NOOP("Help", "The code"),
        QT_TRANSLATE_NOOP("Help", "The numbers the encoder makes of your drawing: everything the decoder knows. "
                          "Dense models show one bar per value; a 2-D code is a point on a plane; a "
                          "convolutional code is a stack of small feature maps."),
        QT_TRANSLATE_NOOP("Help", "The <b>compression factor</b> is 784 divided by the number of code values: "
                          "the vanilla model keeps 32 values, 784 / 32 = 24.5×. The denoiser's code has 7 × 7 × "
                          "32 = 1568 values, more than the image (0.5×): it is not there to compress but to "
                          "clean, and a generous code lets it keep every stroke."),
        QT_TRANSLATE_NOOP("Help", "Draw a 1 and then an 8 and compare their codes. Select the sparse model: how many "
                          "of its values are exactly zero?"),
        "architecture"),
    "errors": Topic(
        QT_TRANSLATE_NOOP("Help", "BCE and MSE: how far a reconstruction is"),
        QT_TRANSLATE_NOOP("Help", "<b>MSE</b> (mean squared error) is the average of (input − output)² over the 784 "
                          "pixels: 0 means identical. <b>BCE</b> (binary cross-entropy) treats every pixel as a "
                          "probability of ink and measures how surprised the model is by the real pixel; the "
                          "models were trained to make it small."),
        QT_TRANSLATE_NOOP("Help", "BCE = −mean(x·log y + (1−x)·log(1−y)) for input x and output y. For a grey "
                          "pixel (x = 0.5) even a perfect output y = 0.5 costs log 2 ≈ 0.69, so BCE has a "
                          "<b>floor</b> above 0 for every input with grey edges: about 0.06 for an MNIST test digit, "
                          "more for a drawing with soft edges. That is why a good model shows 0.07–0.10, not 0. "
                          "The floor of the current drawing is shown below."),
        QT_TRANSLATE_NOOP("Help", "Compare the BCE of two models on the same drawing: the difference is what "
                          "counts. Hover over any number to see what it is.")),
    "model_input": Topic(
        QT_TRANSLATE_NOOP("Help", "The model input"),
        QT_TRANSLATE_NOOP("Help", "What the models really see: your drawing made to look like an MNIST digit."),
        QT_TRANSLATE_NOOP("Help", "Like MNIST's own digits, the drawing is cropped to its ink, scaled so that its "
                          "longer side is 20 pixels, centred by its centre of mass in a 28 × 28 image, and its "
                          "stroke width evened out. Turn off \"MNIST preprocessing\" to feed the canvas shrunk "
                          "as it is."),
        QT_TRANSLATE_NOOP("Help", "Draw a tiny digit in a corner: with preprocessing the models still see a "
                          "centred digit. Turn preprocessing off and see how much worse they do.")),
    "brush": Topic(
        QT_TRANSLATE_NOOP("Help", "Brush size and hardness"),
        QT_TRANSLATE_NOOP("Help", "Brush size is the pen's diameter in model pixels; hardness is how sharp its edge "
                          "is (100% a hard edge, 0% a soft, fading one)."),
        QT_TRANSLATE_NOOP("Help", "MNIST digits were scanned pen strokes with soft, grey edges. A medium size and "
                          "hardness give strokes like theirs; preprocessing evens out the width afterwards."),
        QT_TRANSLATE_NOOP("Help", "Draw the same digit with a hard and a soft brush and compare the errors.")),
    "noise": Topic(
        QT_TRANSLATE_NOOP("Help", "The noise demo"),
        QT_TRANSLATE_NOOP("Help", "Your drawing with noise added (left), what the denoising model makes of it "
                          "(middle) and what a plain model makes of it (right). Each error is measured against "
                          "your clean drawing, not the noisy one."),
        QT_TRANSLATE_NOOP("Help", "Gaussian noise adds a random amount to every pixel; salt and pepper sets "
                          "random pixels to black or white; masking switches random pixels off. The level is "
                          "how strong the noise is. The denoiser was trained to output clean digits from noisy "
                          "ones, so it learned to ignore noise; the plain model was trained to copy, so it "
                          "copies the noise too. At high levels the noise hides most of the digit, and the "
                          "denoiser's output fades towards an empty, dark image: its safest guess when nothing "
                          "looks like a digit any more."),
        QT_TRANSLATE_NOOP("Help", "Move the slider slowly from 0 to 1 and watch where each model gives up. "
                          "Press \"New noise\" for another random pattern.")),
    "model_card": Topic(
        QT_TRANSLATE_NOOP("Help", "The model card"),
        QT_TRANSLATE_NOOP("Help", "What the selected model is: its layers with their output shapes, the tutorial "
                          "it follows, how it was trained and its error on the 10,000 MNIST test digits."),
        QT_TRANSLATE_NOOP("Help", "The test error is measured on digits the model never saw in training, so it "
                          "tells how well the model generalises."),
        QT_TRANSLATE_NOOP("Help", "Compare the layer lists of the vanilla and the deep model: same code size, "
                          "more layers."),
        "architecture"),
    "latent_map": Topic(
        QT_TRANSLATE_NOOP("Help", "The latent map"),
        QT_TRANSLATE_NOOP("Help", "Every dot is one MNIST test digit placed at its 2-value code and coloured by "
                          "what digit it really is. The <b>star</b> is your drawing's code; the <b>cross</b> "
                          "is the point you clicked, decoded on the right; the <b>dashed box</b> is the range "
                          "the manifold below covers."),
        QT_TRANSLATE_NOOP("Help", "The encoder of a model with a 2-value code turns each digit into a point; "
                          "decoding a point shows what the model imagines there. The manifold decodes an "
                          "n × n grid of points over the box."),
        QT_TRANSLATE_NOOP("Help", "Click between two clusters: what does the decoder draw there? Compare the "
                          "2-D latent model with the VAE.")),
    "code_editor": Topic(
        QT_TRANSLATE_NOOP("Help", "Editing the code"),
        QT_TRANSLATE_NOOP("Help", "One slider per code value, starting at your drawing's code. Moving a slider "
                          "changes that value and decodes the result at once."),
        QT_TRANSLATE_NOOP("Help", "σ (sigma) beside a value is its standard deviation over the test digits: how "
                          "much that value usually varies. The sliders are ordered by σ, most varied first, "
                          "and span a few σ around the typical values."),
        QT_TRANSLATE_NOOP("Help", "Move the first slider: which stroke does it control? Values with a small σ "
                          "change little.")),
    "neighbours": Topic(
        QT_TRANSLATE_NOOP("Help", "Nearest digits and the verdict"),
        QT_TRANSLATE_NOOP("Help", "The test digits whose codes are closest to your drawing's code, with their "
                          "distance, and a verdict: the digit most of them are."),
        QT_TRANSLATE_NOOP("Help", "Distance is measured between codes (the straight-line distance, on codes "
                          "scaled by their spread). Real digits usually sit close to neighbours of their own "
                          "class; a drawing far from every test digit does not look like any digit."),
        QT_TRANSLATE_NOOP("Help", "Draw a 4 that could be a 9 and see how the votes split. Draw a letter and "
                          "watch the distances grow.")),
    "training": Topic(
        QT_TRANSLATE_NOOP("Help", "Training a model"),
        QT_TRANSLATE_NOOP("Help", "A real Keras fit in the background: the loss per batch and per epoch, the "
                          "validation loss on digits held out from training, and after each epoch the "
                          "reconstructions of ten test digits and of your drawing."),
        QT_TRANSLATE_NOOP("Help", "Each epoch passes over all training digits once, in batches; after every batch "
                          "the optimizer nudges the weights to lower the loss. If the validation loss stops "
                          "falling while the training loss still does, the model has started to memorise."),
        QT_TRANSLATE_NOOP("Help", "Train a vanilla model with a code of 8 for 2 epochs and compare its error "
                          "with the shipped one.")),
}
