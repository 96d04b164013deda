package cn.songjiang.budget.support.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The RSA key pair of the local platform, made on first start under {@code data/keys/} and never committed.
 * {@code ./platform token <role>} signs demo tokens with {@code private.pem}; the services verify them with
 * {@code public.pem}. Production verifies tokens of a real issuer instead (see README).
 */
public final class LocalSigningKey {

    private LocalSigningKey() {
    }

    /** Returns the public key file, creating the pair if it does not exist yet. */
    public static Path ensure(Path directory) {
        Path publicKey = directory.resolve("public.pem");
        if (Files.exists(publicKey)) {
            return publicKey;
        }
        try {
            Files.createDirectories(directory.getParent());
            Path staging = Files.createTempDirectory(directory.getParent(), "keys-");
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(staging.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
                    StandardCharsets.US_ASCII);
            Files.writeString(staging.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                    StandardCharsets.US_ASCII);
            try {
                // Both files appear at once; if another service won the race, its pair is kept whole.
                Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException lostRace) {
                try (var files = Files.list(staging)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(staging);
            }
            return publicKey;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the local signing key in " + directory, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
