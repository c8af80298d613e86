package org.proserv.releases.catalog;

import java.util.Comparator;

/**
 * Orders version and branch names the way people read them: dot- or dash-separated segments, numeric segments by value
 * ({@code 4.10 > 4.9}), others alphabetically, and a name that is a prefix of another first ({@code 4.3 < 4.3.0}).
 * Names equal by these rules fall back to plain text order, so distinct names never compare equal.
 */
public final class VersionNumber {

    public static final Comparator<String> ORDER = VersionNumber::compare;

    private VersionNumber() {}

    public static int compare(String a, String b) {
        String[] left = a.split("[.\\-_+ ]");
        String[] right = b.split("[.\\-_+ ]");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = compareSegment(left[i], right[i]);
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(left.length, right.length);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int compareSegment(String a, String b) {
        boolean numericA = isNumeric(a);
        boolean numericB = isNumeric(b);
        if (numericA && numericB) {
            String x = stripZeros(a);
            String y = stripZeros(b);
            int c = Integer.compare(x.length(), y.length());
            return c != 0 ? c : x.compareTo(y);
        }
        if (numericA != numericB) {
            // a release (4.3.0) sorts after its pre-releases (4.3.beta)
            return numericA ? 1 : -1;
        }
        return a.compareToIgnoreCase(b);
    }

    private static boolean isNumeric(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }
}
