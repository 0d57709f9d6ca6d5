#!/usr/bin/env bash
# Sourced by ./interlock, ./run-tests and .ci/run. Sets JAVA_HOME to a JDK 21 or newer:
# JAVA_HOME itself if it is new enough, else the newest JDK under /usr/lib/jvm.
# Prints a clear message and returns 1 when there is none. Also sets INTERLOCK_JDK_MAJOR and
# INTERLOCK_JVM_FLAGS, the flags every JVM we start needs (Agrona's add-opens; on JDK 23+ the
# permission JCTools and Agrona need for sun.misc.Unsafe without a warning).

interlock_jdk_major() {
  local java="$1/bin/java"
  [ -x "$java" ] || return 1
  local v
  v=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -1)
  [ -n "$v" ] || return 1
  echo "${v%%.*}"
}

interlock_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ]; then
    local m
    m=$(interlock_jdk_major "$JAVA_HOME") || m=0
    if [ "$m" -ge 21 ] 2>/dev/null && [ -x "$JAVA_HOME/bin/javac" ]; then
      export JAVA_HOME INTERLOCK_JDK_MAJOR="$m"; export PATH="$JAVA_HOME/bin:$PATH"; return 0
    fi
  fi
  local best="" bestm=0 d m
  for d in /usr/lib/jvm/*; do
    [ -d "$d" ] && [ ! -L "$d" ] || continue
    [ -x "$d/bin/javac" ] || continue
    m=$(interlock_jdk_major "$d") || continue
    if [ "$m" -gt "$bestm" ]; then best="$d"; bestm="$m"; fi
  done
  if [ "$bestm" -ge 21 ]; then
    export JAVA_HOME="$best" INTERLOCK_JDK_MAJOR="$bestm"; export PATH="$JAVA_HOME/bin:$PATH"; return 0
  fi
  echo "interlock: no JDK 21 or newer found." >&2
  echo "  JAVA_HOME=${JAVA_HOME:-<unset>} is not a JDK 21+, and /usr/lib/jvm holds none." >&2
  echo "  Install a JDK 21+ (e.g. Temurin 21 or 25) and set JAVA_HOME to it." >&2
  return 1
}

interlock_jvm_flags() {
  INTERLOCK_JVM_FLAGS="--add-opens java.base/jdk.internal.misc=ALL-UNNAMED"
  if [ "${INTERLOCK_JDK_MAJOR:-0}" -ge 23 ]; then
    INTERLOCK_JVM_FLAGS="$INTERLOCK_JVM_FLAGS --sun-misc-unsafe-memory-access=allow"
    # Maven itself (its bundled Guava) trips the same warning on JDK 23+.
    case " ${MAVEN_OPTS:-} " in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
  fi
  export INTERLOCK_JVM_FLAGS
}
