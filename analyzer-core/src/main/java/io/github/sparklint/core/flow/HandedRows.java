package io.github.sparklint.core.flow;

import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.spark.MethodFact;
import io.github.sparklint.core.spark.MethodRow;
import java.util.List;

/**
 * A {@code hands} row of the models: a framework calls every implementation of a library method
 * the project implements ({@code Transformer.apply(jsc, spark, rows, props)} of Hudi) with rows
 * of its own in one parameter, so those rows are as many as the framework holds, whatever the
 * analyzed sources call.
 *
 * @param owner the library type declaring the method, as the row writes it
 * @param method the method's name
 * @param param the index of the parameter the framework fills
 * @param word what it hands: {@code unbounded} (a whole table) or {@code batch}
 * @param file the file of the row, as reported ({@code library-models.txt} for a built-in row)
 * @param line the line of the row
 */
public record HandedRows(String owner, String method, int param, String word, String file,
    int line) {
  /** The row {@code row} (a {@link MethodFact#HANDS} row) of the models read from {@code file}. */
  static HandedRows of(MethodRow row, String file) {
    String[] words = row.argument().split(" ");
    return new HandedRows(row.owner(), row.method(), Integer.parseInt(words[0]), words[1], file,
        row.line());
  }

  /**
   * True when this row is about the library type {@code reference} (a reference as the
   * implementing class writes it, {@link TypeKeys}): a qualified
   * reference must name the row's class when the row is qualified; an unresolved one is matched by
   * simple name, as models are.
   */
  boolean isAbout(String reference) {
    return TypeKeys.isUnresolved(reference)
        || owner.indexOf('.') < 0 || owner.equals(TypeKeys.writtenName(reference));
  }

  /**
   * The rows of the parameter {@code parameter}: unbounded, saying that the framework hands them
   * ("; the rows are those of the parameter `rows`, which the framework hands to every
   * implementation of `Transformer.apply()` (a built-in model): each batch it processes, as many
   * rows as a batch").
   */
  Bound bound(String parameter) {
    String simple = owner.substring(owner.lastIndexOf('.') + 1);
    String via = new Bound.Via(simple + "." + method, file, line).describe();
    return new Bound(Bound.Kind.UNBOUNDED, -1, null, List.of(), "the rows are those of the"
        + " parameter `" + parameter + "`, which the framework hands to every implementation of "
        + via + ": " + MethodFact.handed(word));
  }
}
