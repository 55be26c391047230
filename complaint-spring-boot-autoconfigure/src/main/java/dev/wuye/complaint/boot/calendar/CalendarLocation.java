package dev.wuye.complaint.boot.calendar;

import dev.wuye.complaint.calendar.CalendarDataException;
import dev.wuye.complaint.calendar.HolidayCnYear;
import dev.wuye.complaint.calendar.HolidayDataLoader;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of {@code wuye.complaint.calendar.data}, read with the library's {@link HolidayDataLoader}:
 * {@code classpath:holiday-cn/2027.json} (a resource), {@code https://…/2027.json} (a URL),
 * {@code file:/etc/wuye/holidays} or a plain path (a file, or a directory whose every {@code YYYY.json} is read).
 *
 * @param location the entry as configured
 */
public record CalendarLocation(String location) {

    private static final String CLASSPATH = "classpath:";
    /** A URL scheme followed by {@code //} (two letters at least, so that {@code C:\…} stays a path). */
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+://.*");

    /** Checks the entry is not blank. */
    public CalendarLocation {
        Objects.requireNonNull(location, "location");
        if (location.isBlank()) {
            throw new CalendarDataException("wuye.complaint.calendar.data", "$", location, "an entry is blank");
        }
        location = location.strip();
    }

    /**
     * Reads the notices at this location.
     *
     * @param loader the class loader for {@code classpath:} entries
     * @return the notices (one, or every {@code YYYY.json} of a directory)
     * @throws CalendarDataException the location cannot be read, or a notice is bad
     */
    public List<HolidayCnYear> read(ClassLoader loader) {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length());
            while (resource.startsWith("/")) {
                resource = resource.substring(1);
            }
            return List.of(HolidayDataLoader.readResource(loader, resource));
        }
        try {
            if (location.startsWith("file:")) {
                return HolidayDataLoader.read(Path.of(URI.create(location)));
            }
            if (URL.matcher(location).matches()) {
                return List.of(HolidayDataLoader.readUrl(URI.create(location).toURL()));
            }
            return HolidayDataLoader.read(Path.of(location));
        } catch (CalendarDataException e) {
            throw e;
        } catch (MalformedURLException | IllegalArgumentException e) {
            // URI.create, Path.of (InvalidPathException) and Path.of(URI) refuse a malformed entry this way.
            throw new CalendarDataException(location, "$", null, "is neither a path nor a URL: " + e.getMessage(), e);
        }
    }
}
