package org.linkage.organization.importing;

import org.linkage.platform.web.problem.ApiException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the CSV form of a tree import: a header naming {@code code,name,tier,parentCode} (and
 * optionally {@code kind}) in any order, then one organisation per line. Quoted fields may hold
 * commas ({@code "a,b"}) and doubled quotes.
 */
public final class CsvTreeReader {

    private static final List<String> REQUIRED = List.of("code", "name", "tier", "parentcode");

    private CsvTreeReader() {
    }

    /** The rows in file order, blank lines skipped, each with its 1-based file line (the header is line 1). */
    public record Rows(List<ImportNode> nodes, List<Integer> lines) {
    }

    public static Rows read(String csv) {
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
        if (lines.length == 0 || lines[0].isBlank()) {
            throw ApiException.invalid("line[1]", "the header code,name,tier,parentCode is missing");
        }
        List<String> header = fields(lines[0]).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<ApiException.FieldError> missing = REQUIRED.stream().filter(column -> !header.contains(column))
                .map(column -> new ApiException.FieldError("line[1]", "column " + column + " is missing")).toList();
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
        Map<String, Integer> at = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            at.put(header.get(c), c);
        }
        List<ImportNode> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> values = fields(lines[i]);
            lineNumbers.add(i + 1);
            rows.add(new ImportNode(value(values, at, "code"), value(values, at, "name"), value(values, at, "tier"),
                    value(values, at, "kind"), value(values, at, "parentcode")));
        }
        return new Rows(List.copyOf(rows), List.copyOf(lineNumbers));
    }

    private static String value(List<String> values, Map<String, Integer> at, String column) {
        Integer index = at.get(column);
        if (index == null || index >= values.size()) {
            return null;
        }
        String value = values.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
