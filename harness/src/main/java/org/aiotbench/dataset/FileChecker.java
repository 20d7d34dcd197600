package org.aiotbench.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.aiotbench.catalogue.Hashing;

/** Checks files against manifest entries; hashing is streamed so large files need no memory. */
final class FileChecker {
    private static final int BUFFER = 1 << 16;

    private FileChecker() {}

    static VerifyReport verify(DatasetManifest m, Path dir, VerifyReport.VerifyMode mode) {
        List<VerifyReport.FileIssue> issues = new ArrayList<>();
        long hashed = 0;
        for (DataFile f : m.files()) {
            Path p = dir.resolve(f.path());
            VerifyReport.FileIssue sizeIssue = checkSize(f, p);
            if (sizeIssue != null) {
                issues.add(sizeIssue);
                continue;
            }
            if (mode == VerifyReport.VerifyMode.FULL) {
                try {
                    String actual = sha256(p);
                    hashed += f.size();
                    if (!actual.equals(f.sha256())) {
                        issues.add(new VerifyReport.FileIssue(f.path(), VerifyReport.FileIssue.Kind.WRONG_SHA256,
                                "SHA-256 mismatch (corrupt or different version)"));
                    }
                } catch (IOException e) {
                    issues.add(new VerifyReport.FileIssue(f.path(), VerifyReport.FileIssue.Kind.UNREADABLE,
                            "cannot read (" + e.getClass().getSimpleName() + ")"));
                }
            }
        }
        return new VerifyReport(m.id(), dir, mode, m.files().size(), hashed, issues);
    }

    /** Null when {@code p} is a regular file of the expected size. */
    static VerifyReport.FileIssue checkSize(DataFile f, Path p) {
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p)) {
            return new VerifyReport.FileIssue(f.path(), VerifyReport.FileIssue.Kind.MISSING, "missing");
        }
        try {
            long size = Files.size(p);
            if (size != f.size()) {
                return new VerifyReport.FileIssue(f.path(), VerifyReport.FileIssue.Kind.WRONG_SIZE,
                        "size " + size + " bytes, expected " + f.size());
            }
            return null;
        } catch (IOException e) {
            return new VerifyReport.FileIssue(f.path(), VerifyReport.FileIssue.Kind.UNREADABLE,
                    "cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    static String sha256(Path p) throws IOException {
        MessageDigest md = Hashing.newSha256();
        byte[] buf = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(p)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Copies {@code in} to {@code out}, returning the SHA-256 and byte count of what was copied. */
    static Copied copyHashing(InputStream in, OutputStream out, long limit) throws IOException {
        MessageDigest md = Hashing.newSha256();
        byte[] buf = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limit) {
                // A file far larger than the manifest says is wrong; stop before filling the disk.
                return new Copied(null, total);
            }
            md.update(buf, 0, n);
            out.write(buf, 0, n);
        }
        return new Copied(HexFormat.of().formatHex(md.digest()), total);
    }

    record Copied(String sha256, long size) {}
}
