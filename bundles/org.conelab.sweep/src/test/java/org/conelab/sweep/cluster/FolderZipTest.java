package org.conelab.sweep.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderZipTest {

    @TempDir
    Path dir;

    @Test
    void aFolderComesBackWithEveryFileByteForByte() throws IOException {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("findings.csv"), "analyzer,finding\n");
        Files.createDirectories(run.resolve("sub"));
        Files.write(run.resolve("sub/chart.png"), new byte[] {0, 1, 2, (byte) 255});

        Path back = dir.resolve("back");
        FolderZip.unzip(FolderZip.zip(run), back);

        assertThat(Files.readString(back.resolve("findings.csv"))).isEqualTo("analyzer,finding\n");
        assertThat(Files.readAllBytes(back.resolve("sub/chart.png"))).containsExactly(0, 1, 2, 255);
    }

    @Test
    void anEntryOutsideTheTargetIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../escaped.txt"));
            zip.write(1);
            zip.closeEntry();
        }
        assertThatThrownBy(() -> FolderZip.unzip(bytes.toByteArray(), dir.resolve("t"))).isInstanceOf(IOException.class)
                .hasMessageContaining("outside");
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
    }
}
