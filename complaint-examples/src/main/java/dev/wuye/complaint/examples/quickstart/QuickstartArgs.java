package dev.wuye.complaint.examples.quickstart;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The quickstart's command line: {@code [--lang zh|en] [--out DIR]}.
 *
 * @param english print and write in English (default Chinese)
 * @param out     the output folder (default {@code quickstart-output})
 */
record QuickstartArgs(boolean english, Path out) {

    static final String USAGE = """
            usage: Quickstart [--lang zh|en] [--out DIR]
              --lang zh|en   language of the printed table and the reports (default zh)
              --out DIR      folder for the XLSX and HTML files (default quickstart-output)
              --help         this message
            Run: mvn -q -pl complaint-examples -am compile exec:java -Dexec.args="--lang en"
            """;

    /** Bad arguments: the message says which. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** {@code --help} was given. */
    static final class HelpRequested extends Exception {
        private static final long serialVersionUID = 1L;
    }

    static QuickstartArgs parse(String[] args) throws UsageException, HelpRequested {
        boolean english = false;
        Path out = Path.of("quickstart-output");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> throw new HelpRequested();
                case "--lang" -> {
                    String v = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    if (!v.equals("zh") && !v.equals("en") && !v.equals("zh-cn")) {
                        throw new UsageException("--lang: value '" + args[i] + "' is not zh or en");
                    }
                    english = v.equals("en");
                }
                case "--out" -> {
                    String v = value(args, ++i, a);
                    try {
                        out = Path.of(v);
                    } catch (InvalidPathException e) {
                        throw new UsageException("--out: value '" + v + "' is not a path: " + e.getReason());
                    }
                }
                default -> throw new UsageException("unknown argument '" + a + "'");
            }
        }
        return new QuickstartArgs(english, out);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--") || args[i].isBlank()) {
            throw new UsageException(option + ": a value is required");
        }
        return args[i];
    }
}
