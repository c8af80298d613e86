package org.proserv.releases.patches;

/** How serious a security issue is; it decides, per issue, whether versions out of guarantee get the fix. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
