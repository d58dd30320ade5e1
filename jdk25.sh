# Sourced by demo.sh, test.sh and .ci/run: points JAVA_HOME at a JDK 25 (the default java here is 17).
# jk6 compiles for Java 21 but runs on 25: GraalJS's JIT needs JDK 25's JVMCI.
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25'; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* /usr/lib/jvm/*25*; do
    if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -q '"25'; then
      JAVA_HOME="$candidate"
      break
    fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "no JDK 25 under /usr/lib/jvm: install Eclipse Temurin 25 (temurin-25-jdk) or set JAVA_HOME" >&2
    exit 1
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
