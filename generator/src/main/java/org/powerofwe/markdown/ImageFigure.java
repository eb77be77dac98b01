package org.powerofwe.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An image alone in its paragraph: published as a {@code <figure>} with its caption (the Markdown
 * title, {@code ![alt](photo.jpg "caption")}) rather than inside a {@code <p>}.
 */
final class ImageFigure extends Block {

    private final Image image;

    private ImageFigure(Image image, BasedSequence chars) {
        super(chars);
        this.image = image;
    }

    Image image() {
        return image;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** Turns each paragraph that holds only an image into a figure. */
    static void promote(Document document) {
        java.util.List<Paragraph> paragraphs = new java.util.ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph p) {
                paragraphs.add(p);
            }
        }
        for (Paragraph paragraph : paragraphs) {
            Image only = null;
            boolean alone = true;
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Image image && only == null) {
                    only = image;
                } else if (!(child instanceof SoftLineBreak) && !(child instanceof Text t && t.getChars().isBlank())) {
                    alone = false;
                }
            }
            if (alone && only != null) {
                ImageFigure figure = new ImageFigure(only, paragraph.getChars());
                only.unlink();
                figure.appendChild(only);
                paragraph.insertBefore(figure);
                paragraph.unlink();
            }
        }
    }
}
