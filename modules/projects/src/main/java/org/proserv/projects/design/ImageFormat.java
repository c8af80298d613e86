package org.proserv.projects.design;

/** The file formats a deliverable image may have. */
public enum ImageFormat {
    TIFF,
    JPG,
    PNG,
    PSD
}
