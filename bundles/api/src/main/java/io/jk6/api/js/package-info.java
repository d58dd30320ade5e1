/**
 * JavaScript modules as OSGi services. A module is a Declarative Services component
 * implementing {@link io.jk6.api.js.JsModule}, named with {@link io.jk6.api.js.ModuleName}:
 *
 * <pre>{@code
 * @Component
 * @ModuleName("k6/x/compare")
 * public class Compare implements JsModule {
 *     public boolean isGreater(int a, int b) { return a > b; }
 * }
 * }</pre>
 *
 * A script then does {@code import compare from 'k6/x/compare'}. The engine tracks modules
 * dynamically: a bundle that comes or goes changes what the next script can import.
 *
 * <p>A module that blocks (a query, a call to a server) ends that work early when the test
 * stops through {@link io.jk6.api.js.VU#cancellation()} (1.5), k6's {@code vu.Context()}.
 *
 * <h2>How Java objects look in JavaScript</h2>
 *
 * The rules mirror those of k6's Go extensions, so a k6 extension's documentation reads the
 * same for its jk6 port. They apply to every export that is a plain Java object (not a
 * polyglot {@code Value}, not a {@code org.graalvm.polyglot.proxy} proxy, not a string, number,
 * boolean or array, which pass as they are; maps and lists are plain JS objects and arrays, see
 * below) and to the objects its members return when their class needs any of the rules below:
 * <ul>
 * <li><b>Methods</b>: public instance methods keep their Java name ({@code isGreater}; Go
 *     extensions lower-case the first letter, Java names already start lower-case). Overloads
 *     share the name and the engine picks one by the arguments. {@code java.lang.Object}'s
 *     methods are not members.</li>
 * <li><b>Constructors</b>: a method whose name is {@code X} followed by an upper-case letter is
 *     a constructor named without the {@code X}: {@code public Comparator XComparator(...)}
 *     is {@code new compare.Comparator(...)} in JS.</li>
 * <li><b>Fields and record components</b>: public fields and record components are
 *     properties in snake_case: {@code someField} is {@code some_field}, {@code vuId} is
 *     {@code vu_id}. An upper-case run is one word: {@code HTTPCode} is {@code http_code},
 *     {@code userID} is {@code user_id}. Names already in snake_case stay as they are
 *     ({@code error_code}). A record's accessor methods are not members besides its
 *     properties. Non-final fields can be assigned from JS.</li>
 * <li><b>{@link io.jk6.api.js.JS @JS("name")}</b> names a member explicitly;
 *     {@link io.jk6.api.js.JS.Hidden @JS.Hidden} keeps it out of JS.</li>
 * </ul>
 *
 * Values convert by the member's declared Java type:
 * <ul>
 * <li>numbers, {@code String}, {@code boolean} and arrays as GraalJS passes them (arrays are
 *     indexable);</li>
 * <li>{@code Map} (since 1.4): a plain JS object whose properties are the map's keys (as strings):
 *     {@code JSON.stringify}, {@code Object.keys}, {@code Object.entries}, spread and
 *     {@code for...in} see the entries, as for a Go map in k6. {@code List} (and a
 *     {@code Collection} or {@code Iterable} that is a list): a JS array ({@code Array.isArray},
 *     {@code JSON.stringify}, spread, {@code map}). Their values convert by these rules when the
 *     script reads them, so a {@code List<Map<String, Object>>} of rows is an array of plain
 *     objects. Both are views of the Java collection, made at the same cost for any size: a
 *     script's writes and deletes reach it (an unmodifiable one refuses them), and each read
 *     gives a new view ({@code m.a === m.a} holds for values, not for nested maps). This applies
 *     to exports, method results, record components, {@code Optional} and
 *     {@code CompletionStage} values; a public <em>field</em> declared as a map or list is
 *     passed as it is (read with {@code m[key]}; {@code JSON.stringify} gives {@code {}}), so
 *     that a class with such fields stays a plain host object (k6/http's {@code Response}):
 *     expose the collection through a method or record component for a plain object;</li>
 * <li>{@code Optional}: empty is {@code undefined}, present is its converted value;</li>
 * <li>{@code CompletionStage}: a pending {@code Promise}, returned at once. The stage may
 *     complete on any thread; the Promise is resolved with the converted value (or rejected
 *     with an {@code Error}) on the VU's own thread, through its event loop
 *     ({@link io.jk6.api.js.VU#registerCallback()}), and the iteration waits for it;</li>
 * <li>{@code byte[]}: an {@code ArrayBuffer} (a copy);</li>
 * <li>another object: by these same rules, by its run-time class when the declared type is an
 *     interface or abstract; a member declared {@code Object} or {@code Value} passes its value
 *     as it is. Elements of arrays are not converted.</li>
 * </ul>
 *
 * An exception a method or constructor throws is a JS {@code Error} whose message is the
 * exception's message ({@code e instanceof Error} holds; {@code e.name} is the Java class name,
 * or {@code "Error"} for members whose result is converted and for constructors); a JS error
 * thrown through Java stays the error it was. A member whose value cannot be converted (an
 * object of a class that is not public) throws a {@code TypeError} naming the member.
 *
 * <p>Methods whose result needs no conversion are the Java methods themselves in JS, with no
 * wrapper in between; objects whose class needs none of the rules (fields already snake_case,
 * no annotations, no conversions; such as k6/http's {@code Response}) are handed to JS as they
 * are. This keeps hot paths such as {@code http.get} as fast as plain GraalJS host access.
 */
@Export
@Version("1.5.0")
package io.jk6.api.js;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
