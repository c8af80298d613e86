package org.proserv.rest.projects;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.proserv.projects.design.DesignCreation;
import org.proserv.projects.design.DesignImage;
import org.proserv.projects.design.DesignIntegration;
import org.proserv.projects.design.DesignSource;
import org.proserv.projects.design.SketchSet;
import org.proserv.projects.prototypes.Prototype;
import org.proserv.projects.prototypes.PrototypePurchase;
import org.proserv.rest.json.MoneyView;

/** The JSON views of prototypes and design projects. */
public final class DesignViews {

    private DesignViews() {}

    public record PrototypeView(
            long id, String name, String previewUrl, MoneyView price, MoneyView buyoutPrice, String status) {
        static PrototypeView of(Prototype p) {
            return new PrototypeView(
                    p.id(),
                    p.name(),
                    p.previewUrl(),
                    MoneyView.of(p.price()),
                    MoneyView.of(p.buyoutPrice()),
                    p.status().name());
        }
    }

    public record PurchaseView(
            long id,
            long prototypeId,
            long customerId,
            String kind,
            MoneyView paid,
            boolean unlimitedUse,
            Instant purchasedAt) {
        static PurchaseView of(PrototypePurchase p) {
            return new PurchaseView(
                    p.id(),
                    p.prototypeId(),
                    p.customerId(),
                    p.kind().name(),
                    MoneyView.of(p.paid()),
                    p.unlimitedUse(),
                    p.purchasedAt());
        }
    }

    public record SketchView(int number, String title, String imageRef) {}

    public record SketchSetView(
            int number,
            String status,
            List<SketchView> sketches,
            String offeredBy,
            Instant offeredAt,
            Instant decidedAt,
            String reason) {
        static SketchSetView of(SketchSet s) {
            var sketches = s.sketches();
            return new SketchSetView(
                    s.number(),
                    s.status().name(),
                    IntStream.range(0, sketches.size())
                            .mapToObj(i -> new SketchView(
                                    i + 1,
                                    sketches.get(i).title(),
                                    sketches.get(i).imageRef()))
                            .toList(),
                    s.offeredBy(),
                    s.offeredAt(),
                    s.decidedAt(),
                    s.reason());
        }
    }

    public record ImageView(String page, String format, int dpi, String imageRef) {
        static ImageView of(DesignImage i) {
            return new ImageView(i.page().name(), i.format().name(), i.dpi(), i.imageRef());
        }
    }

    public record CreationView(
            long projectId,
            long customerId,
            String stage,
            int pages,
            int setsAllowed,
            int setsOffered,
            Integer chosenSet,
            Integer chosenSketch,
            int requiredImages,
            int allowedImages,
            List<SketchSetView> sketchSets,
            List<ImageView> images,
            Instant startedAt,
            Instant refiningAt,
            Instant deliveredAt,
            Instant approvedAt,
            Instant endedAt) {
        static CreationView of(DesignCreation c) {
            return new CreationView(
                    c.projectId(),
                    c.customerId(),
                    c.stage().name(),
                    c.pages(),
                    c.setsAllowed(),
                    c.setsOffered(),
                    c.chosenSet(),
                    c.chosenSketch(),
                    c.requiredImages(),
                    c.allowedImages(),
                    c.sets().stream().map(SketchSetView::of).toList(),
                    c.images().stream().map(ImageView::of).toList(),
                    c.startedAt(),
                    c.refiningAt(),
                    c.deliveredAt(),
                    c.approvedAt(),
                    c.endedAt());
        }
    }

    public record SourceView(
            long requestId,
            String kind,
            Long creationProjectId,
            Long prototypeId,
            List<String> designFiles,
            String recordedBy,
            Instant recordedAt) {
        static SourceView of(DesignSource s) {
            return new SourceView(
                    s.requestId(),
                    s.kind().name(),
                    s.creationProjectId(),
                    s.prototypeId(),
                    s.files(),
                    s.recordedBy(),
                    s.recordedAt());
        }
    }

    public record IntegrationView(
            long projectId,
            long customerId,
            String status,
            String demoUrl,
            Instant demoAt,
            String delivery,
            String target,
            String deliveredBy,
            Instant deliveredAt) {
        static IntegrationView of(DesignIntegration i) {
            return new IntegrationView(
                    i.projectId(),
                    i.customerId(),
                    i.status().name(),
                    i.demoUrl(),
                    i.demoAt(),
                    i.delivery() == null ? null : i.delivery().name(),
                    i.target(),
                    i.deliveredBy(),
                    i.deliveredAt());
        }
    }
}
