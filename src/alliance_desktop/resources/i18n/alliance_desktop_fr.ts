<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Alliance Desktop</source>
        <translation>Alliance Desktop</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>The translation is loaded.</source>
        <translation>La traduction est chargée.</translation>
    </message>
</context>
</TS>
