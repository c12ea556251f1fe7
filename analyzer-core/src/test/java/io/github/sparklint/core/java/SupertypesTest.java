package io.github.sparklint.core.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupertypesTest {
  private static final String SOURCE = """
      package p;
      import q.Base;
      class Job extends Base implements Runnable, Hook {}
      interface Hook extends Named, Sized {}
      enum Mode implements Hook { A; void m() {} }
      class Plain { Object made = new Base() { void hook() {} }; }
      """;

  private static TypeDeclaration<?> type(String name) {
    CompilationUnit cu = new JavaParser().parse(SOURCE).getResult().orElseThrow();
    return cu.getTypes().stream().filter(t -> t.getNameAsString().equals(name)).findFirst()
        .orElseThrow();
  }

  @Test
  void aClassNamesItsSuperclassThenItsInterfacesAsTheFileResolvesThem() {
    TypeDeclaration<?> job = type("Job");

    assertThat(Supertypes.superclass(job)).isEqualTo("q.Base");
    assertThat(Supertypes.interfaces(job)).hasSize(2).last().isEqualTo("p.Hook");
    assertThat(Supertypes.all(job)).hasSize(3).first().isEqualTo("q.Base");
  }

  @Test
  void anInterfacesFirstExtendedTypeIsItsSuperclassAndTheOthersItsInterfaces() {
    TypeDeclaration<?> hook = type("Hook");

    assertThat(Supertypes.superclass(hook)).contains("Named");
    assertThat(Supertypes.interfaces(hook)).singleElement().asString().contains("Sized");
  }

  @Test
  void anEnumHasInterfacesOnlyAndAPlainClassNoSupertypes() {
    assertThat(Supertypes.superclass(type("Mode"))).isNull();
    assertThat(Supertypes.interfaces(type("Mode"))).containsExactly("p.Hook");
    assertThat(Supertypes.all(type("Plain"))).isEmpty();
  }

  @Test
  void aMethodsDeclaringSupertypesAreItsClasssOrTheTypeAnAnonymousClassIsMadeOf() {
    CompilationUnit cu = new JavaParser().parse(SOURCE).getResult().orElseThrow();
    List<MethodDeclaration> methods = cu.findAll(MethodDeclaration.class);

    assertThat(Supertypes.ofDeclaring(methods.get(0))).isEmpty();
    assertThat(Supertypes.ofDeclaring(methods.get(1))).containsExactly("q.Base");
  }
}
