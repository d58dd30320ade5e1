package io.jk6.engine.js.mapping;

import io.jk6.api.js.JS;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.support.JsonString;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.Proxy;

/**
 * How the objects of one Java class look in JS (the rules of io.jk6.api.js's documentation):
 * which members, under which names, which values need converting. Computed once per class by
 * reflection and shared by every Context; the JS side of it is {@link #factorySource()}.
 *
 * @param type    the class
 * @param members the JS members, in a stable order
 * @param adapted true when JS must see an adapter rather than the Java object itself (renamed,
 *                hidden or converted members, constructors, record components)
 */
record ClassMapping(Class<?> type, List<Member> members, boolean adapted) {

    /** What a JS member does. */
    enum Kind { METHOD, CONSTRUCTOR, FIELD, RECORD_COMPONENT }

    /**
     * One JS member.
     *
     * @param javaName the Java method, field or record accessor
     * @param convert  true when the value must pass through the engine's conversion (Optional,
     *                 CompletionStage, byte[], objects whose class is adapted)
     * @param writable a non-final field: JS may assign it
     * @param arity    the most parameters an overload of the method takes; -1 with varargs
     * @param direct   a method JS calls as the host method itself: its result needs no
     *                 conversion, and GraalJS already hands its exceptions to JS as Errors whose
     *                 message is the Java message. A wrapper there cost k6/http's hot path 5-30%
     *                 of its requests per second in latency mode (bench/http-vs-wrk.sh)
     */
    record Member(Kind kind, String jsName, String javaName, boolean convert, boolean writable, int arity,
            boolean direct) {
    }

    /** java.lang.Object's methods are visible on every host object; they are no member. */
    private static final Set<String> OBJECT_METHODS = Arrays.stream(Object.class.getMethods())
            .map(Method::getName).collect(Collectors.toUnmodifiableSet());

    private static final ClassValue<ClassMapping> CACHE = new ClassValue<>() {
        @Override
        protected ClassMapping computeValue(Class<?> type) {
            return analyse(type);
        }
    };

    /** Classes being analysed on this thread: a type that refers back to one of them converts at run time. */
    private static final ThreadLocal<Set<Class<?>>> IN_PROGRESS = ThreadLocal.withInitial(HashSet::new);

    static ClassMapping of(Class<?> type) {
        return CACHE.get(type);
    }

    /**
     * True for values GraalJS passes well as they are: primitives and their boxes, strings,
     * polyglot values and proxies, collections, arrays other than byte[], enums, and the JDK's
     * own classes other than Optional and CompletionStage.
     */
    static boolean passesAsIs(Class<?> type) {
        if (type.isPrimitive() || type == Object.class || type == String.class || type.isEnum()
                || Number.class.isAssignableFrom(type) || type == Boolean.class || type == Character.class
                || Value.class.isAssignableFrom(type) || Proxy.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type) || Iterable.class.isAssignableFrom(type)
                || Throwable.class.isAssignableFrom(type)) {
            return true;
        }
        if (type.isArray()) {
            return type != byte[].class;
        }
        if (Optional.class.isAssignableFrom(type) || CompletionStage.class.isAssignableFrom(type)) {
            return false;
        }
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("org.graalvm.")
                || type.isSynthetic() || type.isHidden();
    }

    /**
     * True when a member declared as {@code type} must pass its value through the conversion.
     * Maps, lists and the collection types a list may hide behind convert (plain JS objects and
     * arrays, {@link JsAdapters#toJs}), except in public fields: a field's conversion would make
     * its class an adapter, a JS object per instance, and k6/http's Response is such a class.
     */
    private static boolean converts(Class<?> type, boolean field) {
        if (!field && isCollection(type)) {
            return true;
        }
        return converts(type);
    }

    private static boolean isCollection(Class<?> type) {
        return Map.class.isAssignableFrom(type) || List.class.isAssignableFrom(type)
                || type == java.util.Collection.class || type == Iterable.class;
    }

    private static boolean converts(Class<?> type) {
        if (type == void.class || passesAsIs(type)) {
            return false;
        }
        if (type == byte[].class || Optional.class.isAssignableFrom(type)
                || CompletionStage.class.isAssignableFrom(type)
                || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return true;
        }
        if (IN_PROGRESS.get().contains(type)) {
            return true;
        }
        return of(type).adapted();
    }

    private static ClassMapping analyse(Class<?> type) {
        Set<Class<?>> inProgress = IN_PROGRESS.get();
        inProgress.add(type);
        try {
            List<Member> members = new ArrayList<>();
            boolean[] renamedOrHidden = {false};
            Set<String> accessors = new HashSet<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    accessors.add(component.getName());
                    if (component.isAnnotationPresent(JS.Hidden.class)) {
                        continue;
                    }
                    members.add(new Member(Kind.RECORD_COMPONENT,
                            jsName(component.getAnnotation(JS.class), JsNames.snakeCase(component.getName())),
                            component.getAccessor().getName(), converts(component.getType(), false), false, 0, false));
                }
            }
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.isAnnotationPresent(JS.Hidden.class)) {
                    renamedOrHidden[0] = true;
                    continue;
                }
                String name = jsName(field.getAnnotation(JS.class), JsNames.snakeCase(field.getName()));
                renamedOrHidden[0] |= !name.equals(field.getName());
                members.add(new Member(Kind.FIELD, name, field.getName(), converts(field.getType(), true),
                        !Modifier.isFinal(field.getModifiers()), 0, false));
            }
            methods(type, accessors, renamedOrHidden).forEach(members::add);
            boolean converted = members.stream().anyMatch(Member::convert);
            boolean constructors = members.stream().anyMatch(m -> m.kind() == Kind.CONSTRUCTOR);
            return new ClassMapping(type, List.copyOf(members),
                    type.isRecord() || renamedOrHidden[0] || converted || constructors);
        } finally {
            inProgress.remove(type);
        }
    }

    /** Public instance methods by name (overloads are one member), record accessors left out. */
    private static List<Member> methods(Class<?> type, Set<String> accessors, boolean[] renamedOrHidden) {
        Map<String, List<Method>> byName = new LinkedHashMap<>();
        Method[] methods = type.getMethods();
        Arrays.sort(methods, (a, b) -> a.getName().compareTo(b.getName()));
        for (Method method : methods) {
            if (Modifier.isStatic(method.getModifiers()) || method.isBridge() || method.isSynthetic()
                    || OBJECT_METHODS.contains(method.getName()) || isModuleSpi(method)
                    || (accessors.contains(method.getName()) && method.getParameterCount() == 0)) {
                continue;
            }
            byName.computeIfAbsent(method.getName(), n -> new ArrayList<>()).add(method);
        }
        List<Member> members = new ArrayList<>();
        for (Map.Entry<String, List<Method>> entry : byName.entrySet()) {
            String javaName = entry.getKey();
            List<Method> overloads = entry.getValue();
            if (overloads.stream().anyMatch(m -> m.isAnnotationPresent(JS.Hidden.class))) {
                renamedOrHidden[0] = true;
                continue;
            }
            JS named = overloads.stream().map(m -> m.getAnnotation(JS.class)).filter(a -> a != null)
                    .findFirst().orElse(null);
            boolean constructor = JsNames.isConstructor(javaName);
            String name = jsName(named, constructor ? JsNames.constructorName(javaName) : javaName);
            renamedOrHidden[0] |= !name.equals(javaName);
            boolean convert = overloads.stream().anyMatch(m -> converts(m.getReturnType(), false));
            int arity = overloads.stream().anyMatch(Method::isVarArgs) ? -1
                    : overloads.stream().mapToInt(Method::getParameterCount).max().orElse(0);
            boolean direct = !constructor && !convert && !throwsIterable(overloads);
            members.add(new Member(constructor ? Kind.CONSTRUCTOR : Kind.METHOD, name, javaName, convert, false,
                    arity, direct));
        }
        return members;
    }

    /**
     * A method's JS function. Fixed arities are passed as plain parameters chosen by
     * {@code arguments.length} rather than with rest and spread: this is k6/http's hot path,
     * and the compiler makes a direct call of it. More arguments than any overload takes are
     * passed on as they are, so the engine reports the mismatch as before.
     */
    private static String method(Member m, String java, String jsName) {
        StringBuilder js = new StringBuilder("function (");
        if (m.arity() < 0) {
            js.append("...a) { try { return ").append(result(m, java + "(...a)", jsName));
        } else {
            for (int i = 0; i < m.arity(); i++) {
                js.append(i == 0 ? "" : ", ").append("a").append(i);
            }
            js.append(") { try { switch (arguments.length) {");
            StringBuilder args = new StringBuilder();
            for (int i = 0; i <= m.arity(); i++) {
                js.append(" case ").append(i).append(": return ").append(result(m, java + "(" + args + ")", jsName))
                        .append(";");
                args.append(i == 0 ? "" : ", ").append("a").append(i);
            }
            js.append(" default: return ").append(result(m, java + "(...arguments)", jsName)).append("; }");
        }
        return js.append(" } catch (e) { throw err(e); } }").toString();
    }

    private static String result(Member m, String call, String jsName) {
        return m.convert() ? "cv(" + call + ", " + jsName + ")" : call;
    }

    /**
     * True when a method declares an exception that is also {@code Iterable}, as JDBC's
     * {@code SQLException}: GraalJS hands such an exception to JS as an iterable host object,
     * not an Error ({@code e instanceof Error} false, {@code e.message} undefined), so the
     * method is wrapped and its exceptions mapped as a converting method's are.
     */
    private static boolean throwsIterable(List<Method> overloads) {
        for (Method method : overloads) {
            for (Class<?> thrown : method.getExceptionTypes()) {
                if (Iterable.class.isAssignableFrom(thrown)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** JsModule's and ModuleInstance's methods are for the engine, not for scripts. */
    private static boolean isModuleSpi(Method method) {
        for (Class<?> spi : List.of(JsModule.class, ModuleInstance.class)) {
            try {
                spi.getMethod(method.getName(), method.getParameterTypes());
                return spi.isAssignableFrom(method.getDeclaringClass());
            } catch (NoSuchMethodException e) {
                // not one of this interface's methods
            }
        }
        return false;
    }

    private static String jsName(JS annotation, String otherwise) {
        return annotation != null ? annotation.value() : otherwise;
    }

    /**
     * A JS function {@code (convert, error) => (host) => adapter}: the adapter's methods are the
     * host's where their results need no conversion; constructors and converting methods call
     * them, convert with {@code convert} and map what they throw with {@code error}; fields and
     * record components are getters.
     * Members are own enumerable properties, so they can be imported as named exports and are
     * seen by {@code Object.keys} and {@code JSON.stringify}; methods work detached.
     */
    String factorySource() {
        StringBuilder js = new StringBuilder("(function (cv, err) { return function (h) { return {\n");
        for (Member m : members) {
            String js6 = JsonString.quote(m.jsName());
            String java = "h[" + JsonString.quote(m.javaName()) + "]";
            switch (m.kind()) {
                case METHOD, CONSTRUCTOR -> js.append(js6).append(": ")
                        .append(m.direct() ? java : method(m, java, js6)).append(",\n");
                case FIELD -> {
                    js.append("get ").append(js6).append("() { return ")
                            .append(m.convert() ? "cv(" + java + ", " + js6 + ")" : java).append("; },\n");
                    if (m.writable()) {
                        js.append("set ").append(js6).append("(v) { ").append(java).append(" = v; },\n");
                    }
                }
                case RECORD_COMPONENT -> {
                    String call = java + "()";
                    js.append("get ").append(js6).append("() { try { return ")
                            .append(m.convert() ? "cv(" + call + ", " + js6 + ")" : call)
                            .append("; } catch (e) { throw err(e); } },\n");
                }
            }
        }
        return js.append("}; }; })").toString();
    }
}
