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

# interlock_cds_flags JAR: sets INTERLOCK_CDS_FLAGS to map a class-data-sharing archive of JAR's
# classes (JAR with .jsa for .jar) instead of loading and verifying them one by one, which
# halves the CPU time of a start-up. The archive is made here when it is missing or older than
# the jar, by one short training run that writes it to a temporary name renamed into place, so
# a concurrent start never reads half a file; the JVM also checks it against the jar and runs
# without it (silently: -Xlog:cds*=off) when it does not match. Empty when the JDK lacks
# ArchiveClassesAtExit (before 13), the folder is not writable, or INTERLOCK_CDS=0.
interlock_cds_flags() {
  INTERLOCK_CDS_FLAGS=""
  local jar="$1" jsa="${1%.jar}.jsa"
  [ "${INTERLOCK_CDS:-1}" != 0 ] && [ "${INTERLOCK_JDK_MAJOR:-0}" -ge 13 ] || return 0
  if [ ! -f "$jsa" ] || [ "$jar" -nt "$jsa" ]; then
    [ -w "$(dirname "$jar")" ] || return 0
    local tmp="$jsa.$$.tmp"
    if "$JAVA_HOME/bin/java" $INTERLOCK_JVM_FLAGS -Xss16m -XX:ArchiveClassesAtExit="$tmp" -Xlog:cds*=off \
        -jar "$jar" -c 'import threading, collections, functools, itertools, re, json; print(sorted({1: 2.5}.items()), f"{3:>4}")' \
        >/dev/null 2>&1 && [ -s "$tmp" ]; then
      mv -f "$tmp" "$jsa"
    else
      rm -f "$tmp"
      return 0
    fi
  fi
  INTERLOCK_CDS_FLAGS="-XX:SharedArchiveFile=$jsa -Xlog:cds*=off"
  export INTERLOCK_CDS_FLAGS
}
