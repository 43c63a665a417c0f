package org.caravan.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/**
 * The limits a document's text breaks, whatever the schema and the variables: parser tokens, operations,
 * aliases, directives, introspection, and, with every fragment expanded, the number of field selections and
 * their depth. One pass over the document: each fragment is measured once and its measure reused wherever it
 * is spread, so a document whose fragments spread each other exponentially costs no more than its text. A
 * document that does not parse is refused with GRAPHQL_PARSE_FAILED and the parser's words. Verdicts are kept
 * per document text, so a repeated document is not measured again.
 */
@ApplicationScoped
public class DocumentLimits {

    /** Distinct documents whose verdict is kept; beyond it the least recently used are measured again. */
    private static final int KEPT_VERDICTS = 2_000;
    /** Longer documents are measured each time: 2,000 of them could fill the heap. */
    private static final int KEPT_DOCUMENT_LENGTH = 8_192;

    private final QueryLimitsConfig limits;
    private final ParserOptions parserOptions;
    private final Cache<String, Optional<CaravanException>> verdicts = Caffeine.newBuilder()
            .maximumSize(KEPT_VERDICTS).build();

    @Inject
    public DocumentLimits(QueryLimitsConfig limits) {
        this.limits = limits;
        this.parserOptions = parserOptions(limits).transform(options -> options.captureSourceLocation(false));
    }

    /**
     * The parser's limits: tokens, and whitespace tokens in proportion. The engine parses with them too (set by
     * org.caravan.pipeline), so a document past them costs a bounded parse wherever it arrives.
     */
    public static ParserOptions parserOptions(QueryLimitsConfig limits) {
        return ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(limits.maxTokens()).maxWhitespaceTokens(limits.maxTokens() * 20));
    }

    /**
     * The first limit the document breaks, or its syntax error, if any. Transports ask before they hand a document
     * to SmallRye GraphQL, which parses it before the engine's instrumentation sees it and words every parse
     * failure as "Unparseable input document", without a code.
     */
    public Optional<CaravanException> refusal(String query) {
        if (query == null) {
            return Optional.empty();
        }
        return query.length() > KEPT_DOCUMENT_LENGTH ? measure(query) : verdicts.get(query, this::measure);
    }

    /**
     * The refusal already found for this exact document, without measuring anything: cheap enough for the event
     * loop, so a client repeating a refused document costs the service almost nothing.
     */
    public Optional<CaravanException> knownRefusal(String query) {
        if (query == null || query.length() > KEPT_DOCUMENT_LENGTH) {
            return Optional.empty();
        }
        Optional<CaravanException> verdict = verdicts.getIfPresent(query);
        return verdict == null ? Optional.empty() : verdict;
    }

    private Optional<CaravanException> measure(String query) {
        Document document;
        try {
            document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions).build());
        } catch (ParseCancelledTooDeepException e) {
            return refused(ErrorCode.QUERY_TOO_DEEP, "The document nests more than "
                    + parserOptions.getMaxRuleDepth() + " grammar levels.");
        } catch (ParseCancelledException e) {
            return refused(ErrorCode.TOO_MANY_TOKENS, "The document has more than " + limits.maxTokens()
                    + " tokens.");
        } catch (InvalidSyntaxException e) {
            return refused(ErrorCode.GRAPHQL_PARSE_FAILED, e.getMessage());
        }
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        int operations = 0;
        for (var definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.putIfAbsent(fragment.getName(), fragment);
            } else if (definition instanceof OperationDefinition) {
                operations++;
            }
        }
        if (operations > limits.maxOperations()) {
            return refused(ErrorCode.TOO_MANY_OPERATIONS, "The document defines " + operations
                    + " operations; at most " + limits.maxOperations() + " are allowed.");
        }
        Counts counts = new Counts();
        counts.count(document);
        if (counts.introspectionFields > 0 && !limits.introspection()) {
            return refused(ErrorCode.INTROSPECTION_DISABLED, "Introspection (__schema, __type) is switched off on"
                    + " this service; the schema is published at /graphql/schema.graphql.");
        }
        if (counts.aliases > limits.maxAliases()) {
            return refused(ErrorCode.TOO_MANY_ALIASES, "The document uses " + counts.aliases
                    + " aliases; at most " + limits.maxAliases() + " are allowed.");
        }
        if (counts.directives > limits.maxDirectives()) {
            return refused(ErrorCode.TOO_MANY_DIRECTIVES, "The document uses " + counts.directives
                    + " directives; at most " + limits.maxDirectives() + " are allowed.");
        }
        Expansion expansion = new Expansion(fragments, limits.maxFields());
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            Measure measure = expansion.of(operation.getSelectionSet(), false);
            if (measure.fields > limits.maxFields()) {
                return refused(ErrorCode.TOO_MANY_FIELDS, "With its fragments expanded, the operation selects more"
                        + " than " + limits.maxFields() + " fields; at most " + limits.maxFields() + " are allowed.");
            }
            if (measure.depth > limits.maxDepth()) {
                return refused(ErrorCode.QUERY_TOO_DEEP, "The query nests fields " + measure.depth
                        + " deep; at most " + limits.maxDepth() + " is allowed (introspection not counted).");
            }
        }
        return Optional.empty();
    }

    private static Optional<CaravanException> refused(ErrorCode code, String message) {
        return Optional.of(new CaravanException(code, message));
    }

    /** Counted on the document as written: an alias or a directive counts once, however often it runs. */
    private static final class Counts {
        int aliases;
        int directives;
        int introspectionFields;

        void count(Node<?> node) {
            if (node instanceof Field field) {
                if (field.getAlias() != null) {
                    aliases++;
                }
                if (field.getName().equals("__schema") || field.getName().equals("__type")) {
                    introspectionFields++;
                }
            } else if (node instanceof Directive) {
                directives++;
            }
            for (Node<?> child : node.getChildren()) {
                count(child);
            }
        }
    }

    /** Field selections once expanded, and their depth (introspection fields count as fields, not as depth). */
    private record Measure(long fields, int depth) {
        static final Measure NONE = new Measure(0, 0);
    }

    /** Measures selection sets, each fragment once per kind of context (inside introspection or not). */
    private static final class Expansion {
        private final Map<String, FragmentDefinition> fragments;
        private final long cap;
        private final Map<String, Measure> measured = new HashMap<>();
        private final Set<String> underway = new HashSet<>();

        Expansion(Map<String, FragmentDefinition> fragments, long cap) {
            this.fragments = fragments;
            this.cap = cap;
        }

        Measure of(SelectionSet set, boolean introspection) {
            if (set == null) {
                return Measure.NONE;
            }
            long fields = 0;
            int depth = 0;
            for (Selection<?> selection : set.getSelections()) {
                Measure inner;
                if (selection instanceof Field field) {
                    boolean inIntrospection = introspection || field.getName().startsWith("__");
                    Measure below = of(field.getSelectionSet(), inIntrospection);
                    inner = new Measure(1 + below.fields, inIntrospection ? below.depth : below.depth + 1);
                } else if (selection instanceof InlineFragment inline) {
                    inner = of(inline.getSelectionSet(), introspection);
                } else if (selection instanceof FragmentSpread spread) {
                    inner = fragment(spread.getName(), introspection);
                } else {
                    inner = Measure.NONE;
                }
                // saturates just past the cap: the exact size of a refused document does not matter
                fields = Math.min(cap + 1, fields + inner.fields);
                depth = Math.max(depth, inner.depth);
            }
            return new Measure(fields, depth);
        }

        private Measure fragment(String name, boolean introspection) {
            String key = (introspection ? "__" : "") + name;
            Measure known = measured.get(key);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null || !underway.add(key)) {
                return Measure.NONE; // unknown or cyclic spreads: validation refuses the document
            }
            Measure measure = of(definition.getSelectionSet(), introspection);
            underway.remove(key);
            measured.put(key, measure);
            return measure;
        }
    }
}
