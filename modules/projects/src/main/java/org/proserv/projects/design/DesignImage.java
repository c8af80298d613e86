package org.proserv.projects.design;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A deliverable image of an approved design: the page it shows, its format, its resolution and where it is. */
@Embeddable
public class DesignImage {

    /** The one resolution deliverables have. */
    public static final int DPI = 72;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImagePage page;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImageFormat format;

    @Column(nullable = false)
    private int dpi;

    @Column(name = "image_ref", nullable = false, length = Sketch.MAX_REF)
    private String imageRef;

    protected DesignImage() {}

    public DesignImage(ImagePage page, ImageFormat format, int dpi, String imageRef) {
        this.page = page;
        this.format = format;
        this.dpi = dpi;
        this.imageRef = imageRef;
    }

    public ImagePage page() {
        return page;
    }

    public ImageFormat format() {
        return format;
    }

    public int dpi() {
        return dpi;
    }

    public String imageRef() {
        return imageRef;
    }
}
