# Builds the Windows installer of Sitebinder: target\installer\Sitebinder-VERSION.msi
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 [VERSION]
# Maven runs it in `mvn -Pinstaller package` after the shaded jar exists; by hand, run `mvn package` first.
# Needs a JDK 17 with jmods (JAVA_HOME or jpackage on the PATH) and WiX Toolset 3 (candle.exe, light.exe):
# jpackage of JDK 17 drives WiX 3 only.
param([string]$Version)
$ErrorActionPreference = 'Stop'

$installers = Split-Path -Parent $PSScriptRoot
$root = Split-Path -Parent $installers
Set-Location $root

function Fail([string]$message) {
    Write-Error "installers\windows\build.ps1: $message" -ErrorAction Continue
    exit 1
}

if (-not $Version) { $Version = ([xml](Get-Content -Raw pom.xml)).project.version }
if (-not $Version) { Fail 'no version given and none found in pom.xml' }
# MSI versions are numbers only: drop a Maven qualifier such as -SNAPSHOT
$packageVersion = ($Version -split '-')[0]

$jar = 'target\sitebinder.jar'
if (-not (Test-Path $jar)) { Fail "$jar is missing: run 'mvn -Pinstaller package' (or 'mvn package' before this script)" }

$jdk = $null
$candidates = @()
if ($env:JAVA_HOME) { $candidates += $env:JAVA_HOME }
$onPath = Get-Command jpackage.exe -ErrorAction SilentlyContinue
if ($onPath) { $candidates += (Split-Path -Parent (Split-Path -Parent $onPath.Source)) }
foreach ($candidate in $candidates) {
    if ((Test-Path "$candidate\bin\jpackage.exe") -and (Test-Path "$candidate\jmods\java.base.jmod")) { $jdk = $candidate; break }
}
if (-not $jdk) { Fail 'no JDK with jpackage.exe and jmods found: install a JDK 17 (e.g. Temurin 17) and set JAVA_HOME' }

if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    $wix = Get-ChildItem "${env:ProgramFiles(x86)}\WiX Toolset v3*\bin" -Directory -ErrorAction SilentlyContinue |
        Sort-Object FullName -Descending | Select-Object -First 1
    if ($wix) { $env:PATH = "$($wix.FullName);$env:PATH" }
}
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    Fail 'WiX Toolset 3 not found (candle.exe, light.exe): install WiX 3.14 (e.g. choco install wixtoolset) and reopen the shell'
}

$jpackage = "$jdk\bin\jpackage.exe"
$stage = 'target\jpackage'
Remove-Item -Recurse -Force $stage, 'target\installer' -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$stage\input", 'target\installer' | Out-Null
Copy-Item $jar "$stage\input\"

$start = Get-Date
Write-Host "building the .msi of Sitebinder $packageVersion with $jdk"

# 1. the application image, with the console launcher beside the window's
& $jpackage --type app-image "@$installers\jpackage.args" "@$installers\jpackage-app.args" `
    --app-version $packageVersion `
    --input "$stage\input" `
    --dest "$stage\image" `
    --temp "$stage\temp-image" `
    --icon "$PSScriptRoot\Sitebinder.ico" `
    --add-launcher "sitebinder-cli=$PSScriptRoot\sitebinder-cli.properties"
if ($LASTEXITCODE -ne 0) { Fail "jpackage --type app-image failed ($LASTEXITCODE)" }

# 2. `sitebinder` typed in a console: the launcher reads app\<its name>.cfg, and sitebinder.cfg is
#    Sitebinder.cfg on a case-insensitive file system, so the copy runs the same application
$image = "$stage\image\Sitebinder"
Copy-Item "$image\sitebinder-cli.exe" "$image\sitebinder.com"

# 3. the installer: Start menu entry and desktop shortcut for the window; the upgrade code stays fixed so
#    a newer .msi replaces an older one
& $jpackage --type msi "@$installers\jpackage.args" `
    --app-version $packageVersion `
    --app-image $image `
    --dest 'target\installer' `
    --temp "$stage\temp-msi" `
    --win-menu --win-menu-group Sitebinder `
    --win-shortcut `
    --win-dir-chooser `
    --win-upgrade-uuid 9e7756d9-6cb2-4b0f-870a-b23a93bb6a46
if ($LASTEXITCODE -ne 0) { Fail "jpackage --type msi failed ($LASTEXITCODE)" }

$seconds = [int]((Get-Date) - $start).TotalSeconds
Write-Host "built in $seconds s:"
Get-ChildItem 'target\installer' | Format-Table Name, Length -AutoSize
