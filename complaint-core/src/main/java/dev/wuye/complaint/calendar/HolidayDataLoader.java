package dev.wuye.complaint.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads State Council notices in the holiday-cn JSON format from a file, a directory, a URL or the
 * classpath, refusing bad data with a {@link CalendarDataException} that names the file and the entry:
 * a file that does not parse, a date outside the notice's year, a date listed both off and working, a
 * file named {@code YYYY.json} holding another year's notice. Used by {@link LiveCalendar}; nothing is
 * cached.
 */
public final class HolidayDataLoader {

    /** A notice file's name: the year and {@code .json}, as in holiday-cn. */
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int READ_TIMEOUT_MS = 30_000;

    private HolidayDataLoader() {
    }

    /**
     * Reads a notice file, or every {@code YYYY.json} file of a directory.
     *
     * @param fileOrDirectory the file or directory
     * @return the notices, by file name
     * @throws CalendarDataException a file is missing, unreadable or bad; a directory holds no {@code YYYY.json}
     */
    public static List<HolidayCnYear> read(Path fileOrDirectory) {
        Objects.requireNonNull(fileOrDirectory, "fileOrDirectory");
        return Files.isDirectory(fileOrDirectory) ? readDirectory(fileOrDirectory) : List.of(readFile(fileOrDirectory));
    }

    /**
     * Reads one notice file; a file named {@code YYYY.json} must hold the notice of that year.
     *
     * @param file the file
     * @return the notice
     * @throws CalendarDataException the file is missing, unreadable or bad
     */
    public static HolidayCnYear readFile(Path file) {
        HolidayCnYear y = HolidayCnYear.read(Objects.requireNonNull(file, "file"));
        Path name = file.getFileName();
        return checkName(y, name == null ? "" : name.toString());
    }

    /**
     * Reads every {@code YYYY.json} file of a directory (not its subdirectories), in file-name order.
     *
     * @param dir the directory
     * @return the notices
     * @throws CalendarDataException a file is bad, or the directory holds none
     */
    public static List<HolidayCnYear> readDirectory(Path dir) {
        Objects.requireNonNull(dir, "dir");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> YEAR_FILE.matcher(p.getFileName().toString()).matches())
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new CalendarDataException(dir.toString(), "$", null, "cannot be listed: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new CalendarDataException(dir.toString(), "$", null, "holds no holiday-cn file named YYYY.json");
        }
        List<HolidayCnYear> out = new ArrayList<>();
        files.forEach(f -> out.add(readFile(f)));
        return List.copyOf(out);
    }

    /**
     * Reads one notice from a URL (e.g. a host's own mirror of holiday-cn); a URL whose last path
     * segment is {@code YYYY.json} must hold the notice of that year.
     *
     * @param url the URL
     * @return the notice
     * @throws CalendarDataException the URL cannot be read, or its content is bad
     */
    public static HolidayCnYear readUrl(URL url) {
        Objects.requireNonNull(url, "url");
        String source = url.toString();
        try {
            URLConnection c = url.openConnection();
            c.setConnectTimeout(CONNECT_TIMEOUT_MS);
            c.setReadTimeout(READ_TIMEOUT_MS);
            try (InputStream in = c.getInputStream()) {
                return checkName(HolidayCnYear.read(in, source), lastSegment(url.getPath()));
            }
        } catch (IOException e) {
            throw new CalendarDataException(source, "$", null, "cannot be read: " + e, e);
        }
    }

    /**
     * Reads one notice from the classpath (e.g. a jar of next year's data deployed beside the
     * application); a resource named {@code YYYY.json} must hold the notice of that year.
     *
     * @param loader   the class loader to look in
     * @param resource the resource path, e.g. {@code holiday-cn/2027.json}
     * @return the notice
     * @throws CalendarDataException the resource is missing, unreadable or bad
     */
    public static HolidayCnYear readResource(ClassLoader loader, String resource) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(resource, "resource");
        String source = "classpath:" + resource;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CalendarDataException(source, "$", null, "is not on the classpath");
            }
            return checkName(HolidayCnYear.read(in, source), lastSegment(resource));
        } catch (IOException e) {
            throw new CalendarDataException(source, "$", null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A file named YYYY.json must hold the notice of year YYYY. */
    private static HolidayCnYear checkName(HolidayCnYear y, String fileName) {
        Matcher m = YEAR_FILE.matcher(fileName);
        if (m.matches() && Integer.parseInt(m.group(1)) != y.year()) {
            throw new CalendarDataException(y.source(), "year", Integer.toString(y.year()),
                    "the file is named " + fileName + " but holds the notice for " + y.year());
        }
        return y;
    }
}
