package org.sitebinder.ui.viewmodel;

/** What the centre of the window shows, chosen in the Connections tree. */
public enum Page {
    SERVER, SITE, SSL_RECORDS, CERTIFICATES, ENDPOINTS
}
