package org.caravan.limits;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;

/**
 * Measures a GraphQL document against {@link QueryLimitsConfig} before anything runs: parser tokens, depth
 * (introspection excluded, so GraphiQL keeps working), aliases, directives, operations and an estimated
 * cost. Documents that do not parse are let through: the GraphQL engine reports their syntax errors.
 */
public final class QueryAnalyzer {

    /** Assumed page size of a list whose 'first' is a variable: the largest a client may ask for. */
    private static final int VARIABLE_PAGE_SIZE = 100;

    private final QueryLimitsConfig limits;

    public QueryAnalyzer(QueryLimitsConfig limits) {
        this.limits = limits;
    }

    /** What the check found: a limit the document breaks, if any, and the operation it would run. */
    public record Analysis(Optional<LimitViolation> violation, Optional<OperationDefinition> operation) {
        static Analysis refused(LimitViolation violation) {
            return new Analysis(Optional.of(violation), Optional.empty());
        }
    }

    /** Parses the document once, measures it and finds the operation {@code operationName} selects. */
    public Analysis analyze(String query, String operationName) {
        Document document;
        try {
            ParserOptions options = ParserOptions.newParserOptions().maxTokens(limits.maxTokens())
                    .maxWhitespaceTokens(limits.maxTokens() * 20).build();
            document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(options).build());
        } catch (ParseCancelledTooDeepException e) {
            return Analysis.refused(new LimitViolation("QUERY_TOO_DEEP", "The document nests more than "
                    + ParserOptions.getDefaultParserOptions().getMaxRuleDepth() + " grammar levels."));
        } catch (ParseCancelledException e) {
            return Analysis.refused(new LimitViolation("TOO_MANY_TOKENS",
                    "The query has more than " + limits.maxTokens() + " tokens."));
        } catch (InvalidSyntaxException e) {
            return new Analysis(Optional.empty(), Optional.empty());
        }
        return new Analysis(measure(document), operationOf(document, operationName));
    }

    /** Empty when the document names no such operation, or several without a name to choose. */
    private static Optional<OperationDefinition> operationOf(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName())).toList();
        return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
    }

    private Optional<LimitViolation> measure(Document document) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        int operations = 0;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.put(fragment.getName(), fragment);
            } else if (definition instanceof OperationDefinition) {
                operations++;
            }
        }
        if (operations > limits.maxOperations()) {
            return violation("TOO_MANY_OPERATIONS", "The document defines " + operations + " operations; at most "
                    + limits.maxOperations() + " are allowed.");
        }
        Counts counts = new Counts();
        countNodes(document, counts);
        if (counts.introspectionFields > 0 && !limits.introspection()) {
            return violation("INTROSPECTION_DISABLED", "Introspection (__schema, __type) is switched off on this"
                    + " service; the schema is published at /graphql/schema.graphql.");
        }
        if (counts.aliases > limits.maxAliases()) {
            return violation("TOO_MANY_ALIASES", "The query uses " + counts.aliases + " aliases; at most "
                    + limits.maxAliases() + " are allowed.");
        }
        if (counts.directives > limits.maxDirectives()) {
            return violation("TOO_MANY_DIRECTIVES", "The query uses " + counts.directives + " directives; at most "
                    + limits.maxDirectives() + " are allowed.");
        }
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                Walk walk = new Walk(fragments);
                walk.selections(operation.getSelectionSet(), 0, 1, 0);
                if (walk.depth > limits.maxDepth()) {
                    return violation("QUERY_TOO_DEEP", "The query nests fields " + walk.depth
                            + " deep; at most " + limits.maxDepth() + " is allowed (introspection not counted).");
                }
                if (walk.cost > limits.maxCost()) {
                    return violation("QUERY_TOO_COSTLY", "The query's estimated cost is " + walk.cost
                            + "; at most " + limits.maxCost() + " is allowed (each field counts 1, times the"
                            + " page size of every list it is inside).");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LimitViolation> violation(String code, String message) {
        return Optional.of(new LimitViolation(code, message));
    }

    private static final class Counts {
        int aliases;
        int directives;
        int introspectionFields;
    }

    private static void countNodes(Node<?> node, Counts counts) {
        if (node instanceof Field field) {
            if (field.getAlias() != null) {
                counts.aliases++;
            }
            if (field.getName().equals("__schema") || field.getName().equals("__type")) {
                counts.introspectionFields++;
            }
        }
        if (node instanceof Directive) {
            counts.directives++;
        }
        for (Node<?> child : node.getChildren()) {
            countNodes(child, counts);
        }
    }

    /** Depth and cost of one operation, following fragments (each fragment once per path, so cycles end). */
    private static final class Walk {
        private final Map<String, FragmentDefinition> fragments;
        private final Set<String> onPath = new HashSet<>();
        int depth;
        long cost;

        Walk(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        void selections(SelectionSet set, int level, long multiplier, int introspectionLevels) {
            if (set == null) {
                return;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    boolean introspection = introspectionLevels > 0 || field.getName().startsWith("__");
                    int fieldLevel = introspection ? level : level + 1;
                    if (!introspection) {
                        depth = Math.max(depth, fieldLevel);
                        cost += multiplier;
                    }
                    selections(field.getSelectionSet(), fieldLevel, multiplier * pageSize(field.getArguments()),
                            introspection ? introspectionLevels + 1 : 0);
                } else if (selection instanceof InlineFragment inline) {
                    selections(inline.getSelectionSet(), level, multiplier, introspectionLevels);
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null && onPath.add(spread.getName())) {
                        selections(fragment.getSelectionSet(), level, multiplier, introspectionLevels);
                        onPath.remove(spread.getName());
                    }
                }
            }
        }

        private static long pageSize(List<Argument> arguments) {
            for (Argument argument : arguments) {
                if (argument.getName().equals("first")) {
                    if (argument.getValue() instanceof IntValue value) {
                        return Math.max(1, value.getValue().min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue());
                    }
                    if (argument.getValue() instanceof VariableReference) {
                        return VARIABLE_PAGE_SIZE;
                    }
                }
            }
            return 1;
        }
    }
}
