package org.sitebinder.ui.viewmodel;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;

/**
 * The Sites node of the Connections tree. When the number of sites stays the same (most edits),
 * the existing items are updated in place, so the tree keeps its selection and only the touched
 * nodes repaint.
 */
public final class SiteListViewModel {
    private final ObservableList<SiteItem> sites = FXCollections.observableArrayList();

    void refresh(ServerDocument doc, FindingsIndex findings) {
        List<Site> list = doc.sites();
        if (list.size() != sites.size()) {
            List<SiteItem> fresh = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                SiteItem item = new SiteItem(i);
                item.update(list.get(i), findings.siteSeverity(i), findings.siteFindingCount(i));
                fresh.add(item);
            }
            sites.setAll(fresh);
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            sites.get(i).update(list.get(i), findings.siteSeverity(i), findings.siteFindingCount(i));
        }
    }

    public ObservableList<SiteItem> sites() {
        return sites;
    }
}
