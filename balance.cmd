@echo off
rem Runs the balance command-line tool from this checkout on Windows.
rem Build it once first:  mvnw.cmd -q -B package -DskipTests
rem Extra JVM options can be given in BALANCE_JAVA_OPTS, e.g. set BALANCE_JAVA_OPTS=-Xmx2g
set "BALANCE_JAR=%~dp0balance-examples\target\balance.jar"
if not exist "%BALANCE_JAR%" (
  echo balance: %BALANCE_JAR% is not built yet; run: mvnw.cmd -q -B package -DskipTests 1>&2
  exit /b 1
)
java %BALANCE_JAVA_OPTS% -jar "%BALANCE_JAR%" %*
