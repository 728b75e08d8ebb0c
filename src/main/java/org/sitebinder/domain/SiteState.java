package org.sitebinder.domain;

/** Whether a site is running. applicationHost.config does not store it: imported sites are started. */
public enum SiteState {
    STARTED, STOPPED
}
