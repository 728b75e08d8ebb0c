package org.sitebinder.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A web site: identity, content, pool, state and bindings. Two sites with one id or one name are
 * allowed here; the engine reports them as {@code DUPLICATE_SITE}.
 *
 * @param id              the IIS site id, or {@code null} when the file gives none
 * @param name            the site name (the reader names a nameless site {@code (site ID)} or {@code (site N)})
 * @param physicalPath    the root application's root virtual directory path, or empty
 * @param applicationPool the root application's pool, or empty
 * @param state           started or stopped
 * @param autoStart       IIS {@code serverAutoStart}
 * @param bindings        in document order
 * @param extras          attributes the model does not know
 */
public record Site(Long id, String name, String physicalPath, String applicationPool, SiteState state,
                   boolean autoStart, List<Binding> bindings, Extras extras) {

    public Site {
        name = name == null ? "" : name;
        physicalPath = physicalPath == null ? "" : physicalPath;
        applicationPool = applicationPool == null ? "" : applicationPool;
        state = state == null ? SiteState.STARTED : state;
        bindings = List.copyOf(bindings == null ? List.of() : bindings);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Site(Long id, String name, List<Binding> bindings) {
        this(id, name, "", "", SiteState.STARTED, true, bindings, Extras.NONE);
    }

    public boolean started() {
        return state == SiteState.STARTED;
    }

    public Site withName(String newName) {
        return new Site(id, newName, physicalPath, applicationPool, state, autoStart, bindings, extras);
    }

    public Site withId(Long newId) {
        return new Site(newId, name, physicalPath, applicationPool, state, autoStart, bindings, extras);
    }

    public Site withPhysicalPath(String path) {
        return new Site(id, name, path, applicationPool, state, autoStart, bindings, extras);
    }

    public Site withApplicationPool(String pool) {
        return new Site(id, name, physicalPath, pool, state, autoStart, bindings, extras);
    }

    public Site withState(SiteState newState) {
        return new Site(id, name, physicalPath, applicationPool, newState, autoStart, bindings, extras);
    }

    public Site withAutoStart(boolean value) {
        return new Site(id, name, physicalPath, applicationPool, state, value, bindings, extras);
    }

    public Site withBindings(List<Binding> newBindings) {
        return new Site(id, name, physicalPath, applicationPool, state, autoStart, newBindings, extras);
    }

    public Site withBinding(int index, Binding binding) {
        List<Binding> copy = new ArrayList<>(bindings);
        copy.set(index, binding);
        return withBindings(copy);
    }

    public Site withAddedBinding(Binding binding) {
        List<Binding> copy = new ArrayList<>(bindings);
        copy.add(binding);
        return withBindings(copy);
    }

    public Site withoutBinding(int index) {
        List<Binding> copy = new ArrayList<>(bindings);
        copy.remove(index);
        return withBindings(copy);
    }
}
