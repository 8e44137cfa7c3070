package org.digitworkbench.api.mnist;

/** The gist of what npm printed when it failed: its error code and first explanation, on one line. */
final class NpmErrors {

    private NpmErrors() {
    }

    static String summary(String output) {
        String code = null;
        String reason = null;
        for (String raw : output.split("\\R")) {
            String line = raw.replaceFirst("^npm (ERR!|error|warn|WARN)\\s?", "");
            if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("}")
                    || line.startsWith("A complete log of this run")) {
                continue; // blank, a JavaScript trace or object dump, the log file
            }
            if (line.startsWith("code ")) {
                code = code == null ? line.substring(5).strip() : code;
            } else if (line.matches("^(errno|syscall) .*")) {
                continue;
            } else if (reason == null) {
                reason = line.strip();
            }
        }
        if (reason == null && code == null) {
            return "npm printed nothing to explain it";
        }
        return code == null ? reason : reason == null ? code : code + ": " + reason;
    }
}
