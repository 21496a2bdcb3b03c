<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Masthead::Application</name>
    <message numerus="yes">
        <source>self-test failed: the preview shows %n heading(s) and the title “%1”</source>
        <translation>
            <numerusform>self-test failed: the preview shows %n heading and the title “%1”</numerusform>
            <numerusform>self-test failed: the preview shows %n headings and the title “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::Checklist</name>
    <message numerus="yes">
        <source>%n image(s) wider than %1 px or unreadable:</source>
        <translation>
            <numerusform>%n image wider than %1 px or unreadable:</numerusform>
            <numerusform>%n images wider than %1 px or unreadable:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) are at most %1 px wide.</source>
        <translation>
            <numerusform>The image is at most %1 px wide.</numerusform>
            <numerusform>All %n images are at most %1 px wide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing image(s) could not be measured.</source>
        <translation>
            <numerusform>%n missing image could not be measured.</numerusform>
            <numerusform>%n missing images could not be measured.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder image(s) left:</source>
        <translation>
            <numerusform>%n placeholder image left:</numerusform>
            <numerusform>%n placeholder images left:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::CommandLine</name>
    <message numerus="yes">
        <source>not published: %1 has %n error(s); fix them, or publish anyway with --force</source>
        <translation>
            <numerusform>not published: %1 has %n error; fix it, or publish anyway with --force</numerusform>
            <numerusform>not published: %1 has %n errors; fix them, or publish anyway with --force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>publishing despite %n error(s) (--force)</source>
        <translation>
            <numerusform>publishing despite %n error (--force)</numerusform>
            <numerusform>publishing despite %n errors (--force)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::ConflictDialog</name>
    <message numerus="yes">
        <source>“%1” changed on disk while you had unsaved changes. Everything else is merged; in %n place(s) both changed the same lines. For each, take your version, the version on disk, or edit the result.</source>
        <translation>
            <numerusform>“%1” changed on disk while you had unsaved changes. Everything else is merged; in %n place both changed the same lines. Take your version, the version on disk, or edit the result.</numerusform>
            <numerusform>“%1” changed on disk while you had unsaved changes. Everything else is merged; in %n places both changed the same lines. For each, take your version, the version on disk, or edit the result.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::EmailExport</name>
    <message numerus="yes">
        <source>%n image(s) rewritten to %1</source>
        <translation>
            <numerusform>%n image rewritten to %1</numerusform>
            <numerusform>%n images rewritten to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already absolute</source>
        <translation>
            <numerusform>; %n already absolute</numerusform>
            <numerusform>; %n already absolute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n local link(s) rewritten</source>
        <translation>
            <numerusform>; %n local link rewritten</numerusform>
            <numerusform>; %n local links rewritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n missing: %1</source>
        <translation>
            <numerusform>; %n missing: %1</numerusform>
            <numerusform>; %n missing: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too large: %1</source>
        <translation>
            <numerusform>; %n too large: %1</numerusform>
            <numerusform>; %n too large: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::ImageDownload</name>
    <message numerus="yes">
        <source>The address %1 redirects more than %n times.</source>
        <translation>
            <numerusform>The address %1 redirects more than once.</numerusform>
            <numerusform>The address %1 redirects more than %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::ImagesPanel</name>
    <message numerus="yes">
        <source>%1: %n image(s), %2, %3 not used</source>
        <translation>
            <numerusform>%1: %n image, %2, %3 not used</numerusform>
            <numerusform>%1: %n images, %2, %3 not used</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::IssueImages</name>
    <message numerus="yes">
        <source>Downloading %n image(s): %1</source>
        <translation>
            <numerusform>Downloading %n image: %1</numerusform>
            <numerusform>Downloading %n images: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inserted %n image(s) from %1.</source>
        <translation>
            <numerusform>Inserted %n image from %1.</numerusform>
            <numerusform>Inserted %n images from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already there, reused.</source>
        <translation>
            <numerusform>%n of them was already there, reused.</numerusform>
            <numerusform>%n of them were already there, reused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::LinkChecker</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::MainWindow</name>
    <message numerus="yes">
        <source>Masthead opens one file at a time: opened the first of the %n dropped files.</source>
        <translation>
            <numerusform>Masthead opens one file at a time: opened the dropped file.</numerusform>
            <numerusform>Masthead opens one file at a time: opened the first of the %n dropped files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::PublishConfirmation</name>
    <message numerus="yes">
        <source>The checks found %n error(s) in “%1”. Published like this, readers will see them.</source>
        <translation>
            <numerusform>The checks found %n error in “%1”. Published like this, readers will see it.</numerusform>
            <numerusform>The checks found %n errors in “%1”. Published like this, readers will see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::SiteDock</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
</TS>
