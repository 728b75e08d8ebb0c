package org.sitebinder.ui.viewmodel;

import org.sitebinder.domain.SiteState;

/** A site's state as the property sheet shows it ("Started", "Stopped"). */
public enum RunState {
    STARTED("Started", SiteState.STARTED), STOPPED("Stopped", SiteState.STOPPED);

    private final String text;
    private final SiteState state;

    RunState(String text, SiteState state) {
        this.text = text;
        this.state = state;
    }

    SiteState state() {
        return state;
    }

    static RunState of(SiteState s) {
        return s == SiteState.STOPPED ? STOPPED : STARTED;
    }

    @Override
    public String toString() {
        return text;
    }
}
