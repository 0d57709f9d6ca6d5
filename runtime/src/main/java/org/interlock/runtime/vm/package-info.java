/**
 * The eval loop and the object protocol. Conventions: every operation takes the thread state
 * last; arguments are borrowed and results are new references (the object model's rule);
 * Python exceptions travel as {@link org.interlock.runtime.objects.PyException}. The operand
 * stack owns its references, and operands stay on it until an operation succeeded, so the
 * unwinder releases exactly what is there. Hot instructions live in
 * {@link org.interlock.runtime.vm.Eval}, the rest in {@code EvalRare}, to keep the loop method
 * small enough for HotSpot to compile.
 */
package org.interlock.runtime.vm;
