package vn.officialmail.gateway.directory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reloads the in-memory directory from the database every {@code gateway.directory.refresh-interval},
 * so that a gateway node sees an import made through another node (ARCHITECTURE.md, "Scale-out");
 * the node that imports refreshes at once.
 */
@Component
final class DirectoryRefresh {

    private final DirectoryImporter importer;

    DirectoryRefresh(DirectoryImporter importer) {
        this.importer = importer;
    }

    @Scheduled(
            fixedDelayString = "${gateway.directory.refresh-interval:PT1M}",
            initialDelayString = "${gateway.directory.refresh-interval:PT1M}")
    void refresh() {
        importer.refresh();
    }
}
