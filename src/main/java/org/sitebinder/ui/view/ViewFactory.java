package org.sitebinder.ui.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * The FXMLLoader controller factory: each controller class is registered with a supplier that
 * passes its dependencies to the constructor, so no controller reaches for a global.
 */
public final class ViewFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();

    public <T> ViewFactory register(Class<T> type, Supplier<? extends T> supplier) {
        controllers.put(type, supplier);
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("no controller registered for " + type.getName());
        }
        return supplier.get();
    }

    /** Loads {@code name} (an FXML file next to this class) with this factory. */
    public Parent load(String name) {
        URL url = ViewFactory.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing view " + name);
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + name, e);
        }
    }
}
