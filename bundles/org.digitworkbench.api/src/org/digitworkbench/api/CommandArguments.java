package org.digitworkbench.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code --flag}, {@code --option VALUE} and positional arguments of a {@link DigitsCommand}; unknown
 * options are an error so that typos do not pass silently.
 */
public final class CommandArguments {

    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private CommandArguments() {
    }

    /**
     * @param knownFlags   options without a value, e.g. "--json"
     * @param knownOptions options with a value, e.g. "--model"
     */
    public static CommandArguments parse(List<String> args, Set<String> knownFlags, Set<String> knownOptions) {
        CommandArguments parsed = new CommandArguments();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                parsed.positional.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.startsWith("--")) {
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                if (knownFlags.contains(name) && value == null) {
                    parsed.flags.add(name);
                } else if (knownOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    parsed.options.put(name, value);
                } else {
                    throw new IllegalArgumentException("unknown option " + name);
                }
            } else {
                parsed.positional.add(a);
            }
        }
        return parsed;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public int intOption(String name, int fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, got '" + v + "'");
        }
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }
}
