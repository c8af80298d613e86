package org.proserv.projects.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A request to move a task to another status, with what that status asks for: the preview link (Reviewing), the link to
 * check the result (Completed), the wanted upload date (Ready to Upload, optional), the reports in the project's file
 * area (Closed). Anything given that the status does not take is refused.
 */
public record Move(TaskStatus to, String note, String link, LocalDate wantedUploadDate, List<String> reports) {

    public Move {
        // kept as sent, null entries included, for the rule to refuse naming the field
        reports = reports == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(reports));
    }

    public static Move to(TaskStatus to) {
        return new Move(to, null, null, null, List.of());
    }

    public Move withNote(String text) {
        return new Move(to, text, link, wantedUploadDate, reports);
    }

    public Move withLink(String url) {
        return new Move(to, note, url, wantedUploadDate, reports);
    }

    public Move withWantedUploadDate(LocalDate date) {
        return new Move(to, note, link, date, reports);
    }

    public Move withReports(List<String> files) {
        return new Move(to, note, link, wantedUploadDate, files);
    }
}
