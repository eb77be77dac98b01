package org.powerofwe.images;

/** Why an image cannot be published, in words staff can act on. */
public final class ImageFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String hint;

    public ImageFailure(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
