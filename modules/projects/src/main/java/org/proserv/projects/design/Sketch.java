package org.proserv.projects.design;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One sketch of a set: a title and a reference to its image. */
@Embeddable
public class Sketch {

    static final int MAX_TITLE = 200;
    static final int MAX_REF = 500;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "image_ref", nullable = false, length = MAX_REF)
    private String imageRef;

    protected Sketch() {}

    public Sketch(String title, String imageRef) {
        this.title = title;
        this.imageRef = imageRef;
    }

    public String title() {
        return title;
    }

    public String imageRef() {
        return imageRef;
    }
}
