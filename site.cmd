@echo off
rem The site command for the Windows command prompt and PowerShell: .\site.cmd build, .\site.cmd serve ...
rem It does what the ./site launcher does (Git Bash runs ./site itself): builds the generator with Maven
rem when it is missing or its sources changed, then runs it with the same Java options.
setlocal
set "root=%~dp0"
set "root=%root:~0,-1%"
set "jar=%root%\generator\target\site.jar"
set "stale="
if not exist "%jar%" set "stale=1"
if not defined stale (
  for /f %%n in ('powershell -NoProfile -Command "$j=(Get-Item -LiteralPath $env:jar).LastWriteTime; @(Get-ChildItem -Recurse -File -LiteralPath ($env:root+'\generator\src\main'),($env:root+'\pom.xml'),($env:root+'\generator\pom.xml') | Where-Object { $_.LastWriteTime -gt $j }).Count"') do if not "%%n"=="0" set "stale=1"
)
if defined stale (
  echo Building the generator (first run or sources changed^); the first time Maven downloads its libraries, which takes a few minutes... 1>&2
  call mvn -B -q -Dstyle.color=never -f "%root%\pom.xml" -pl generator -am -DskipTests package
  if errorlevel 1 (
    echo error: the generator could not be built; see the Maven messages above 1>&2
    exit /b 70
  )
)
if not defined SITE_SOURCE set "SITE_SOURCE=%root%"
set "opts=-XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -XX:TieredStopAtLevel=1 -Xmx1g -Xss4m"
if /i "%~1"=="serve" set "opts=-XX:+UseParallelGC -Xmx1g -Xss4m"
if defined SITE_JAVA_OPTS set "opts=%SITE_JAVA_OPTS%"
java %opts% -jar "%jar%" %*
exit /b %errorlevel%
