package org.diplomacykg;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's version and the Jena version, as Maven stamped them at build time. */
public final class Version {
    private static final Properties PROPERTIES = load();

    private Version() {}

    /** This library's version. */
    public static String get() {
        return value("version");
    }

    /** The Apache Jena version it was built against. */
    public static String jena() {
        return value("jena");
    }

    private static String value(String key) {
        String v = PROPERTIES.getProperty(key, "dev");
        return v.startsWith("${") ? "dev" : v;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Without the stamp the version reads "dev"; nothing else depends on it.
        }
        return p;
    }
}
