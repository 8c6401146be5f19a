package org.complychain.risk;

import java.util.List;

/** An edition that cannot be imported, with every problem found (up to a limit). */
public class IlabFormatException extends Exception {

  private final transient List<ImportProblem> problems;

  public IlabFormatException(List<ImportProblem> problems) {
    super(problems.size() + " problem(s), first: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
