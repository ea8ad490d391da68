<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AgentState</name>
    <message>
        <location filename="../ui/state_style.py" line="34"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="35"/>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="36"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="37"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="38"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="39"/>
        <source>On a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="40"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="41"/>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../ui/widgets/call_panel.py" line="27"/>
        <source>Current call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/call_panel.py" line="29"/>
        <source>No call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/call_panel.py" line="41"/>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/call_panel.py" line="44"/>
        <source>&amp;Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/call_panel.py" line="76"/>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/call_panel.py" line="81"/>
        <source>queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/call_panel.py" line="86"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/call_panel.py" line="87"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/call_panel.py" line="91"/>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/call_panel.py" line="92"/>
        <source>talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/call_panel.py" line="93"/>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="46"/>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="96"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="98"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="100"/>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="102"/>
        <source>Cannot connect: check the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="104"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="106"/>
        <location filename="../ui/widgets/connection_indicator.py" line="112"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="110"/>
        <source>Reconnecting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialBar</name>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="38"/>
        <location filename="../ui/widgets/dial_bar.py" line="39"/>
        <source>Number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="43"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="68"/>
        <source>Type a number to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="74"/>
        <source>“%1” is not a phone number: use digits, optionally starting with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="79"/>
        <source>You cannot call now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ui/commands.py" line="27"/>
        <source>the call centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="31"/>
        <source>%1 said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="36"/>
        <source>%1 refused the sign-in; check the secret in your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="41"/>
        <source>Not available with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="43"/>
        <source>Could not reach %1; please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <location filename="../ui/excepthook.py" line="20"/>
        <source>Something went wrong; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="71"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="72"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="79"/>
        <location filename="../ui/main_window.py" line="82"/>
        <location filename="../ui/main_window.py" line="217"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="170"/>
        <location filename="../ui/main_window.py" line="172"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>AgentDesk could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="184"/>
        <source>Not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="228"/>
        <source>The call centre refused the sign-in; check your secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="233"/>
        <source>AgentDesk cannot connect with this profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="244"/>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="244"/>
        <source>Incoming call: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/widgets/message_banner.py" line="30"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/message_banner.py" line="31"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseSelector</name>
    <message>
        <location filename="../ui/widgets/pause_selector.py" line="44"/>
        <source>Choose a status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/pause_selector.py" line="52"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/pause_selector.py" line="103"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../ui/state_style.py" line="49"/>
        <source>Your call centre does not offer this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="52"/>
        <source>Not connected to the call centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="55"/>
        <source>No call is ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="56"/>
        <source>No call in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="57"/>
        <source>Not during a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="58"/>
        <source>You are not signed in to the call centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="61"/>
        <source>You are already ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../ui/app.py" line="130"/>
        <source>AgentDesk could not start; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <location filename="../ui/widgets/state_badge.py" line="46"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/state_badge.py" line="54"/>
        <source>Time in state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/tray.py" line="44"/>
        <source>Show/Hide window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="46"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="49"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="57"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="70"/>
        <source>AgentDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
