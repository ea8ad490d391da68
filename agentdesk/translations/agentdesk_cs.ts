<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AgentCommands</name>
    <message>
        <location filename="../ui/agent_commands.py" line="67"/>
        <source>The queued call was cancelled.</source>
        <translation>Naplánovaný hovor byl zrušen.</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <location filename="../ui/state_style.py" line="34"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="35"/>
        <source>Logged in</source>
        <translation>Přihlášen</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="36"/>
        <source>Ready</source>
        <translation>Připraven</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="37"/>
        <source>Paused</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="38"/>
        <source>Ringing</source>
        <translation>Vyzvání</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="39"/>
        <source>On a call</source>
        <translation>V hovoru</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="40"/>
        <source>On hold</source>
        <translation>Podržení</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="41"/>
        <source>Wrap-up</source>
        <translation>Po hovoru</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../store/settings.py" line="167"/>
        <source>Follow the system</source>
        <translation>Podle systému</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="184"/>
        <source>&amp;Desktop notifications</source>
        <translation>Oz&amp;námení na ploše</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="185"/>
        <source>Show a desktop notification when a call rings.</source>
        <translation>Při příchozím hovoru zobrazit oznámení na ploše.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="191"/>
        <source>Pop up the &amp;caller card</source>
        <translation>Zobrazovat &amp;kartu volajícího</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="192"/>
        <source>Bring up what is known of the caller when a call rings.</source>
        <translation>Při příchozím hovoru zobrazit, co je o volajícím známo.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="198"/>
        <source>&amp;Watch the clipboard for numbers</source>
        <translation>&amp;Sledovat čísla ve schránce</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="199"/>
        <source>Offer to call a phone number as soon as you copy one.</source>
        <translation>Nabídnout vytočení telefonního čísla, jakmile ho zkopírujete.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="205"/>
        <source>Con&amp;firm before calling the selection</source>
        <translation>&amp;Potvrdit před voláním výběru</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="206"/>
        <source>Ask &quot;Call …?&quot; before the dial-the-selection shortcut calls a number.</source>
        <translation>Před voláním čísla z výběru zkratkou se zeptat „Zavolat…?“.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="213"/>
        <source>Default &amp;region</source>
        <translation>Výchozí &amp;země</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="214"/>
        <source>The country of numbers written without a country code (e.g. CZ).</source>
        <translation>Země čísel zadaných bez předvolby země (např. CZ).</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="223"/>
        <source>Caller card scree&amp;n</source>
        <translation>O&amp;brazovka karty volajícího</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="224"/>
        <source>The screen the caller card pops up on, by name; empty for the one under the mouse.</source>
        <translation>Obrazovka (podle názvu), na které se karta volajícího objeví; prázdné pro tu pod myší.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="232"/>
        <source>Start &amp;minimised</source>
        <translation>Spouštět &amp;minimalizovaně</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="233"/>
        <source>Start in the tray (or minimised) instead of showing the window.</source>
        <translation>Spouštět v oznamovací oblasti (nebo minimalizovaně) místo zobrazení okna.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="239"/>
        <source>L&amp;og in to the call centre at start</source>
        <translation>Při spuštění se přihlásit k &amp;call centru</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="240"/>
        <source>When AgentDesk starts and you are not logged in to the call centre, log in (where the call centre offers it).</source>
        <translation>Když se AgentDesk spustí a nejste přihlášeni k call centru, přihlásit se (tam, kde to call centrum nabízí).</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="248"/>
        <source>Start at log&amp;in</source>
        <translation>Spouštět po př&amp;ihlášení</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="249"/>
        <source>Start AgentDesk when you log in to your desktop.</source>
        <translation>Spouštět AgentDesk po přihlášení do systému.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="255"/>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="256"/>
        <source>The language of AgentDesk; takes effect at the next start.</source>
        <translation>Jazyk aplikace AgentDesk; projeví se při příštím spuštění.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="263"/>
        <source>Keep r&amp;ecordings (days)</source>
        <translation>Uchovávat na&amp;hrávky (dny)</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="264"/>
        <source>How long downloaded call recordings stay on this computer.</source>
        <translation>Jak dlouho zůstávají stažené nahrávky hovorů v tomto počítači.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="272"/>
        <source>Call &amp;history (days)</source>
        <translation>Histo&amp;rie hovorů (dny)</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="273"/>
        <source>How many days of calls the history shows.</source>
        <translation>Za kolik dní zobrazuje historie hovory.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="279"/>
        <source>SMS &amp;templates</source>
        <translation>Šablony &amp;SMS</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="280"/>
        <source>Texts to start a message from, separated by |; {name} becomes the caller&apos;s name and {agent} yours.</source>
        <translation>Texty, z nichž začne zpráva, oddělené znakem |; {name} se nahradí jménem volajícího a {agent} vaším.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="290"/>
        <source>&amp;Queue figures refresh (seconds)</source>
        <translation>Obnovování údajů o &amp;frontách (sekundy)</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="291"/>
        <source>How often the waiting calls and free agents are fetched while nothing happens; your calls and state changes fetch them at once.</source>
        <translation>Jak často se načítají čekající hovory a volní operátoři, když se nic neděje; vaše hovory a změny stavu je načtou hned.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="301"/>
        <source>Global shortcut: answer</source>
        <translation>Globální zkratka: přijmout</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="302"/>
        <source>Answers the ringing call from any application; empty for none.</source>
        <translation>Přijme vyzvánějící hovor z kterékoli aplikace; prázdné pro žádnou.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="308"/>
        <source>Global shortcut: hang up</source>
        <translation>Globální zkratka: zavěsit</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="309"/>
        <source>Hangs up the call from any application; empty for none.</source>
        <translation>Zavěsí hovor z kterékoli aplikace; prázdné pro žádnou.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="313"/>
        <source>Global shortcut: Ready or pause</source>
        <translation>Globální zkratka: Připraven nebo pauza</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="314"/>
        <source>Switches between Ready and your last pause from any application; empty for none.</source>
        <translation>Přepíná mezi stavem Připraven a vaší poslední pauzou z kterékoli aplikace; prázdné pro žádnou.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="321"/>
        <source>Global shortcut: call the selection</source>
        <translation>Globální zkratka: zavolat výběr</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="322"/>
        <source>Calls the phone number in the text selected in any application; empty for none.</source>
        <translation>Zavolá telefonní číslo z textu vybraného v kterékoli aplikaci; prázdné pro žádnou.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="329"/>
        <source>Global shortcut: show or hide</source>
        <translation>Globální zkratka: zobrazit nebo skrýt</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="330"/>
        <source>Shows or hides the AgentDesk window; empty for none.</source>
        <translation>Zobrazí nebo skryje okno AgentDesku; prázdné pro žádnou.</translation>
    </message>
</context>
<context>
    <name>CallAnnouncements</name>
    <message>
        <location filename="../ui/call_announcements.py" line="83"/>
        <source>Incoming call from %1, queue %2</source>
        <translation>Příchozí hovor: %1, fronta %2</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="85"/>
        <source>Incoming call from %1</source>
        <translation>Příchozí hovor: %1</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="96"/>
        <source>The call from %1 stopped ringing.</source>
        <translation>Hovor (%1) přestal zvonit.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="98"/>
        <source>The call with %1 has ended.</source>
        <translation>Hovor (%1) skončil.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="104"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="105"/>
        <source>an unknown number</source>
        <translation>neznámé číslo</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="113"/>
        <source>Connected to %1 again.</source>
        <translation>Znovu připojeno k %1.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="118"/>
        <source>The connection to %1 is lost; reconnecting.</source>
        <translation>Spojení s %1 je ztraceno; připojuji znovu.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="120"/>
        <source>The connection to %1 is lost.</source>
        <translation>Spojení s %1 je ztraceno.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="140"/>
        <source>You were put on pause.</source>
        <translation>Byli jste převedeni do pauzy.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="141"/>
        <source>You were put on pause: %1.</source>
        <translation>Byli jste převedeni do pauzy: %1.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="143"/>
        <source>You are ready for calls.</source>
        <translation>Jste připraveni přijímat hovory.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="145"/>
        <source>You were signed out of %1.</source>
        <translation>Byli jste odhlášeni z %1.</translation>
    </message>
</context>
<context>
    <name>CallNotifications</name>
    <message>
        <location filename="../ui/call_notifications.py" line="72"/>
        <location filename="../ui/call_notifications.py" line="103"/>
        <source>Incoming call</source>
        <translation>Příchozí hovor</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="72"/>
        <source>Incoming call: %1</source>
        <translation>Příchozí hovor: %1</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="94"/>
        <location filename="../ui/call_notifications.py" line="119"/>
        <source>Unknown number</source>
        <translation>Neznámé číslo</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="96"/>
        <source>Queue: %1</source>
        <translation>Fronta: %1</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="97"/>
        <location filename="../ui/call_notifications.py" line="114"/>
        <source>Show AgentDesk</source>
        <translation>Zobrazit AgentDesk</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="99"/>
        <source>Answer</source>
        <translation>Přijmout</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="101"/>
        <location filename="../ui/call_notifications.py" line="116"/>
        <source>Hang up</source>
        <translation>Zavěsit</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="118"/>
        <source>On a call</source>
        <translation>V hovoru</translation>
    </message>
</context>
<context>
    <name>CallerCard</name>
    <message>
        <location filename="../ui/caller_card.py" line="76"/>
        <location filename="../ui/caller_card.py" line="187"/>
        <source>No call</source>
        <translation>Žádný hovor</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="97"/>
        <source>&amp;Answer</source>
        <translation>&amp;Přijmout</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="100"/>
        <source>&amp;Hang up</source>
        <translation>Za&amp;věsit</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="103"/>
        <source>&amp;Transfer…</source>
        <translation>Přepo&amp;jit…</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="105"/>
        <source>Transfer the call</source>
        <translation>Přepojit hovor</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="107"/>
        <location filename="../ui/caller_card.py" line="317"/>
        <source>Cop&amp;y number</source>
        <translation>&amp;Kopírovat číslo</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="109"/>
        <source>Copy the number to the clipboard</source>
        <translation>Zkopírovat číslo do schránky</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="209"/>
        <source>Copied</source>
        <translation>Zkopírováno</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="233"/>
        <source>INCOMING CALL</source>
        <translation>PŘÍCHOZÍ HOVOR</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="235"/>
        <source>OUTGOING CALL</source>
        <translation>ODCHOZÍ HOVOR</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="244"/>
        <source>Unknown number</source>
        <translation>Neznámé číslo</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="249"/>
        <source>Queue: %1</source>
        <translation>Fronta: %1</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="258"/>
        <source>Incoming call</source>
        <translation>Příchozí hovor</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="258"/>
        <source>Outgoing call</source>
        <translation>Odchozí hovor</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="274"/>
        <source>Last spoke with %1 in %2, %3</source>
        <translation>Poslední hovor: %1, fronta %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="277"/>
        <source>Last spoke with %1 in %2</source>
        <translation>Poslední hovor: %1, fronta %2</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="280"/>
        <source>Last spoke with %1, %2</source>
        <translation>Poslední hovor: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="283"/>
        <source>Last spoke with %1</source>
        <translation>Poslední hovor: %1</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="310"/>
        <source>Ringing %1</source>
        <translation>Vyzvání %1</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="311"/>
        <source>On call %1</source>
        <translation>V hovoru %1</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="312"/>
        <source>On hold %1</source>
        <translation>Podržení %1</translation>
    </message>
</context>
<context>
    <name>CallerCardWindow</name>
    <message>
        <location filename="../ui/caller_card_window.py" line="65"/>
        <source>Caller</source>
        <translation>Volající</translation>
    </message>
    <message>
        <location filename="../ui/caller_card_window.py" line="80"/>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location filename="../ui/caller_card_window.py" line="85"/>
        <location filename="../ui/caller_card_window.py" line="86"/>
        <source>Close the caller card</source>
        <translation>Zavřít kartu volajícího</translation>
    </message>
</context>
<context>
    <name>CallerFlagsPanel</name>
    <message>
        <location filename="../ui/caller_flags.py" line="37"/>
        <source>VIP caller</source>
        <translation>VIP volající</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="39"/>
        <source>On the block list</source>
        <translation>Na černé listině</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="42"/>
        <location filename="../ui/caller_flags.py" line="96"/>
        <source>&amp;Block this caller…</source>
        <translation>&amp;Blokovat volajícího…</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="44"/>
        <location filename="../ui/caller_flags.py" line="99"/>
        <source>&amp;Unblock</source>
        <translation>&amp;Odblokovat</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="56"/>
        <source>Caller lists</source>
        <translation>Seznamy volajících</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="109"/>
        <source>Block this caller</source>
        <translation>Blokovat volajícího</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="112"/>
        <source>Put %1 on the call centre&apos;s block list? Its calls will not reach anyone.</source>
        <translation>Přidat %1 na černou listinu call centra? Jeho hovory se k nikomu nedostanou.</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="149"/>
        <source>%1 is blocked.</source>
        <translation>%1 je blokováno.</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="151"/>
        <source>%1 is unblocked.</source>
        <translation>%1 je odblokováno.</translation>
    </message>
</context>
<context>
    <name>Capability</name>
    <message>
        <location filename="../ui/capability_text.py" line="16"/>
        <source>Live state and calls</source>
        <translation>Stav a hovory živě</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="17"/>
        <source>Pauses</source>
        <translation>Pauzy</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="18"/>
        <source>Dialling</source>
        <translation>Vytáčení</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="19"/>
        <source>Cancelling a queued call</source>
        <translation>Zrušení naplánovaného hovoru</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="22"/>
        <source>Answering</source>
        <translation>Přijímání hovorů</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="23"/>
        <source>Hanging up</source>
        <translation>Zavěšení</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="24"/>
        <source>Transfer</source>
        <translation>Přepojení</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="25"/>
        <source>Wrap-up forms</source>
        <translation>Formuláře po hovoru</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="26"/>
        <source>Recent calls</source>
        <translation>Poslední hovory</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="27"/>
        <source>Recordings</source>
        <translation>Nahrávky</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="28"/>
        <source>Queue figures</source>
        <translation>Údaje o frontách</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="29"/>
        <source>Queue log-in</source>
        <translation>Přihlášení do front</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="30"/>
        <source>Caller details</source>
        <translation>Údaje o volajícím</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="31"/>
        <source>My day</source>
        <translation>Můj den</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="32"/>
        <source>VIP and block lists</source>
        <translation>Seznamy VIP a blokovaných</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="33"/>
        <source>Blocking callers</source>
        <translation>Blokování volajících</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="34"/>
        <source>Text messages</source>
        <translation>Textové zprávy</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="35"/>
        <source>Colleagues</source>
        <translation>Kolegové</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="36"/>
        <source>Picking up waiting callers</source>
        <translation>Přebírání čekajících volajících</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="39"/>
        <source>Logging in to the call centre</source>
        <translation>Přihlášení k call centru</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="42"/>
        <source>Logging out of the call centre</source>
        <translation>Odhlášení z call centra</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="45"/>
        <source>Phone status</source>
        <translation>Stav telefonu</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="57"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ClipboardDialer</name>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="70"/>
        <source>Call the number in the clipboard</source>
        <translation>Zavolat na číslo ve schránce</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="72"/>
        <source>Finds a phone number in the copied text and calls it</source>
        <translation>Najde telefonní číslo ve zkopírovaném textu a zavolá na něj</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="76"/>
        <source>Call the selected number</source>
        <translation>Zavolat vybrané číslo</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="78"/>
        <source>Finds a phone number in the text selected in any application and calls it</source>
        <translation>Najde telefonní číslo v textu vybraném v kterékoli aplikaci a zavolá na něj</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="111"/>
        <source>The clipboard holds no phone number.</source>
        <translation>Schránka neobsahuje žádné telefonní číslo.</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="123"/>
        <source>The selected text holds no phone number.</source>
        <translation>Vybraný text neobsahuje žádné telefonní číslo.</translation>
    </message>
</context>
<context>
    <name>Colleague</name>
    <message>
        <location filename="../ui/colleague_text.py" line="20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/colleague_text.py" line="37"/>
        <source>%1 — %2 · ext. %3</source>
        <translation>%1 — %2 · klapka %3</translation>
    </message>
    <message>
        <location filename="../ui/colleague_text.py" line="39"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="62"/>
        <source>&amp;Retry now</source>
        <translation>Připojit &amp;ihned</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="123"/>
        <source>The company relay refused this computer&apos;s relay token: it was revoked or is wrong, so calls do not reach AgentDesk. Ask your supervisor for a new relay token and enter it in Settings.</source>
        <translation>Firemní relé odmítlo token pro relé tohoto počítače: byl zrušen nebo je chybný, a hovory se tak do AgentDesku nedostanou. Požádejte svého vedoucího o nový token pro relé a zadejte jej v Nastavení.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="136"/>
        <source>Webhooks at %1:</source>
        <translation>Webhooky na %1:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="138"/>
        <source>%1 accepted, %2 refused for a wrong secret, %3 unknown or malformed</source>
        <translation>%1 přijato, %2 odmítnuto pro chybný klíč, %3 neznámých nebo poškozených</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/connection_indicator.py" line="141"/>
        <source>%n connections timed out, dropped or turned away</source>
        <translation>
            <numerusform>%n spojení vypršelo, spadlo nebo bylo odmítnuto</numerusform>
            <numerusform>%n spojení vypršela, spadla nebo byla odmítnuta</numerusform>
            <numerusform>%n spojení vypršelo, spadlo nebo bylo odmítnuto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="143"/>
        <source>Hidden with this profile:</source>
        <translation>S tímto profilem skryto:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="148"/>
        <source>Calls come through the company relay at %1</source>
        <translation>Hovory přicházejí přes firemní relé na %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="152"/>
        <source>Relay stream: %1</source>
        <translation>Spojení s relé: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="153"/>
        <source>none yet</source>
        <translation>zatím žádná</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="154"/>
        <source>Last event: %1; reconnections: %2</source>
        <translation>Poslední událost: %1; opětovná připojení: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="159"/>
        <source>connected</source>
        <translation>připojeno</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="161"/>
        <source>connecting…</source>
        <translation>připojuje se…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="164"/>
        <source>reconnecting…</source>
        <translation>znovu se připojuje…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="165"/>
        <source>reconnecting in %1 s</source>
        <translation>znovu za %1 s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="201"/>
        <source>Connected</source>
        <translation>Připojeno</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="203"/>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="205"/>
        <source>Authentication failed</source>
        <translation>Ověření selhalo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="207"/>
        <source>Cannot connect: check the profile</source>
        <translation>Nelze se připojit: zkontrolujte profil</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="209"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="211"/>
        <location filename="../ui/widgets/connection_indicator.py" line="217"/>
        <source>Reconnecting…</source>
        <translation>Obnovování spojení…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="215"/>
        <source>Reconnecting in %1 s</source>
        <translation>Nové připojení za %1 s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="224"/>
        <source>Connected through the relay</source>
        <translation>Připojeno přes relé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="227"/>
        <source>The relay refused this desk: ask for a new token</source>
        <translation>Relé toto pracoviště odmítlo: požádejte o nový token</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="231"/>
        <source>Connected; relay %1</source>
        <translation>Připojeno; relé: %1</translation>
    </message>
</context>
<context>
    <name>ContactsImport</name>
    <message>
        <location filename="../ui/contacts_import.py" line="25"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged, %5 lines skipped.</source>
        <translation>Import ze souboru %1: nové %2, aktualizované %3, beze změny %4, přeskočené řádky %5.</translation>
    </message>
</context>
<context>
    <name>ContactsImporter</name>
    <message>
        <location filename="../ui/contacts_import.py" line="60"/>
        <source>Import contacts</source>
        <translation>Importovat kontakty</translation>
    </message>
    <message>
        <location filename="../ui/contacts_import.py" line="62"/>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Kontakty (*.csv *.vcf *.vcard);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location filename="../ui/contacts_import.py" line="85"/>
        <source>Cannot read %1: %2</source>
        <translation>Nelze načíst %1: %2</translation>
    </message>
</context>
<context>
    <name>DialBar</name>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="74"/>
        <source>Number or contact to call</source>
        <translation>Číslo nebo kontakt k vytočení</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="75"/>
        <source>Number to call</source>
        <translation>Číslo k vytočení</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="80"/>
        <source>Ca&amp;ll</source>
        <translation>Vo&amp;lat</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="187"/>
        <source>Type a number to call.</source>
        <translation>Zadejte číslo, na které chcete volat.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="189"/>
        <source>“%1” has no digits.</source>
        <translation>„%1“ neobsahuje žádné číslice.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="192"/>
        <source>“%1” is not a phone number: use digits, optionally starting with +.</source>
        <translation>„%1“ není telefonní číslo: použijte číslice, případně se znakem + na začátku.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="195"/>
        <source>“%1” is not a phone number: check the number of digits and the country code.</source>
        <translation>„%1“ není telefonní číslo: zkontrolujte počet číslic a předvolbu země.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="211"/>
        <source>Internal number %1</source>
        <translation>Interní číslo %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="218"/>
        <source>Will call %1 · %2</source>
        <translation>Vytočí se %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="220"/>
        <source>Will call %1</source>
        <translation>Vytočí se %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="232"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="234"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="176"/>
        <source>You cannot call now: %1.</source>
        <translation>Teď nelze volat: %1.</translation>
    </message>
</context>
<context>
    <name>DialConfirm</name>
    <message>
        <location filename="../ui/dial_confirm.py" line="35"/>
        <source>Call the selected number</source>
        <translation>Zavolat vybrané číslo</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="39"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="57"/>
        <source>Call %1?</source>
        <translation>Zavolat na %1?</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="59"/>
        <source>Which number do you want to call?</source>
        <translation>Na které číslo chcete volat?</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="61"/>
        <source>&amp;Call</source>
        <translation>&amp;Zavolat</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="63"/>
        <source>Call %1</source>
        <translation>Zavolat na %1</translation>
    </message>
</context>
<context>
    <name>DialTaskBar</name>
    <message>
        <location filename="../ui/widgets/dial_task_bar.py" line="26"/>
        <source>Cancel the call</source>
        <translation>Zrušit hovor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_task_bar.py" line="27"/>
        <source>Cancel the queued call</source>
        <translation>Zrušit naplánovaný hovor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_task_bar.py" line="41"/>
        <source>Call to %1 queued (task %2).</source>
        <translation>Hovor na %1 je ve frontě (úloha %2).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ui/commands.py" line="38"/>
        <source>the call centre</source>
        <translation>call centrum</translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="45"/>
        <source>%1 said: %2</source>
        <translation>%1 hlásí: %2</translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="47"/>
        <source>%1 refused the sign-in; check the secret in your profile.</source>
        <translation>%1 odmítá přihlášení; zkontrolujte tajný klíč v profilu.</translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="54"/>
        <source>Not available with %1.</source>
        <translation>Není k dispozici pro %1.</translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="56"/>
        <source>Could not reach %1; please try again in a moment.</source>
        <translation>Spojení se nezdařilo (%1); zkuste to prosím za chvíli znovu.</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <location filename="../ui/excepthook.py" line="22"/>
        <source>Something went wrong; details are in the log.</source>
        <translation>Něco se pokazilo; podrobnosti jsou v protokolu.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/settings_general.py" line="173"/>
        <source>Settings status</source>
        <translation>Stav nastavení</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="174"/>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="175"/>
        <source>Save the settings</source>
        <translation>Uložit nastavení</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="177"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Vrátit změny</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="178"/>
        <source>Undo the changes not saved</source>
        <translation>Vrátit neuložené změny</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="229"/>
        <source>“%1” is not a valid value for %2.</source>
        <translation>„%1“ není platná hodnota pro „%2“.</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="247"/>
        <source>The settings were not saved: %1</source>
        <translation>Nastavení nebylo uloženo: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="251"/>
        <source>Settings saved.</source>
        <translation>Nastavení uloženo.</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="257"/>
        <source>Settings saved, but starting at login was not changed: %1</source>
        <translation>Nastavení uloženo, ale spouštění po přihlášení se nezměnilo: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/history_model.py" line="130"/>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="131"/>
        <source>Direction</source>
        <translation>Směr</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="132"/>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="133"/>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="134"/>
        <source>Queue</source>
        <translation>Fronta</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="135"/>
        <source>Duration</source>
        <translation>Délka</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="136"/>
        <source>Recording</source>
        <translation>Nahrávka</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="139"/>
        <source>↙ In</source>
        <translation>↙ Příchozí</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="140"/>
        <source>↗ Out</source>
        <translation>↗ Odchozí</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="141"/>
        <source>✕ Missed</source>
        <translation>✕ Zmeškaný</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="309"/>
        <source>Incoming call</source>
        <translation>Příchozí hovor</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="311"/>
        <source>Outgoing call</source>
        <translation>Odchozí hovor</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="313"/>
        <source>Missed incoming call</source>
        <translation>Zmeškaný příchozí hovor</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="315"/>
        <source>Outgoing call, not answered</source>
        <translation>Odchozí hovor, nepřijatý</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="326"/>
        <source>Talked %1, waited %2</source>
        <translation>Hovor %1, čekání %2</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="331"/>
        <source>Double-click to play the recording</source>
        <translation>Dvojklikem přehrajete nahrávku</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/history_view.py" line="132"/>
        <location filename="../ui/history_view.py" line="133"/>
        <source>Filter by number or name</source>
        <translation>Filtrovat podle čísla nebo jména</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="137"/>
        <source>Which calls</source>
        <translation>Které hovory</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="139"/>
        <source>All calls</source>
        <translation>Všechny hovory</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="140"/>
        <source>Incoming</source>
        <translation>Příchozí</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="141"/>
        <source>Outgoing</source>
        <translation>Odchozí</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="142"/>
        <source>Missed</source>
        <translation>Zmeškané</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="146"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="172"/>
        <source>Recent calls</source>
        <translation>Poslední hovory</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="178"/>
        <source>&amp;Call back</source>
        <translation>&amp;Zavolat zpět</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="184"/>
        <location filename="../ui/history_view.py" line="198"/>
        <source>&amp;Play recording</source>
        <translation>&amp;Přehrát nahrávku</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="186"/>
        <source>C&amp;opy number</source>
        <translation>&amp;Kopírovat číslo</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="199"/>
        <source>Play the recording of the chosen call</source>
        <translation>Přehrát nahrávku vybraného hovoru</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="201"/>
        <source>Call &amp;back</source>
        <translation>Za&amp;volat zpět</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="329"/>
        <source>Fetching the recording of %1…</source>
        <translation>Stahování nahrávky hovoru %1…</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="336"/>
        <source>d MMM HH:mm</source>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="337"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="372"/>
        <location filename="../ui/history_view.py" line="377"/>
        <source>The recording could not be fetched.</source>
        <translation>Nahrávku se nepodařilo stáhnout.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="379"/>
        <source>The recording could not be saved on this computer: %1</source>
        <translation>Nahrávku se nepodařilo uložit do tohoto počítače: %1</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="465"/>
        <source>Call history is not available with %1.</source>
        <translation>Historie hovorů není pro %1 k dispozici.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="466"/>
        <source>this call centre</source>
        <translation>toto call centrum</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="469"/>
        <source>Loading…</source>
        <translation>Načítání…</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="476"/>
        <source>No calls since %1.</source>
        <translation>Od %1 žádné hovory.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="478"/>
        <source>Calls: %1</source>
        <translation>Hovory: %1</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="480"/>
        <source>No calls match the filter.</source>
        <translation>Filtru neodpovídají žádné hovory.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="481"/>
        <source>Calls: %1 of %2</source>
        <translation>Hovory: %1 z %2</translation>
    </message>
</context>
<context>
    <name>LoggedOutBar</name>
    <message>
        <location filename="../ui/shift_wiring.py" line="34"/>
        <source>You are not logged in to the call centre.</source>
        <translation>Nejste přihlášeni k call centru.</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="36"/>
        <source>Log in</source>
        <translation>Přihlásit se</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="37"/>
        <source>Log in to the call centre</source>
        <translation>Přihlásit se k call centru</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/session_wiring.py" line="93"/>
        <location filename="../ui/main_window.py" line="167"/>
        <location filename="../ui/main_window.py" line="170"/>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="235"/>
        <source>Now</source>
        <translation>Aktuálně</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="236"/>
        <source>Recent calls</source>
        <translation>Poslední hovory</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="437"/>
        <source>Team</source>
        <translation>Tým</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="459"/>
        <location filename="../ui/main_window.py" line="461"/>
        <source>Not connected</source>
        <translation>Nepřipojeno</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="460"/>
        <source>AgentDesk could not start</source>
        <translation>AgentDesk se nepodařilo spustit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="462"/>
        <source>Open Settings…</source>
        <translation>Otevřít nastavení…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="475"/>
        <source>Not connected yet</source>
        <translation>Zatím nepřipojeno</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="529"/>
        <source>Unsaved wrap-up</source>
        <translation>Neuložené dokončení hovoru</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="530"/>
        <source>The wrap-up of the last call is not saved. Quit anyway?</source>
        <translation>Dokončení posledního hovoru není uloženo. Přesto ukončit?</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/widgets/message_banner.py" line="34"/>
        <source>Dismiss</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../ui/widgets/message_banner.py" line="35"/>
        <source>Dismiss message</source>
        <translation>Zavřít zprávu</translation>
    </message>
</context>
<context>
    <name>MissedCallsTab</name>
    <message>
        <location filename="../ui/missed_calls_tab.py" line="45"/>
        <location filename="../ui/missed_calls_tab.py" line="76"/>
        <source>Missed calls</source>
        <translation>Zmeškané hovory</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_tab.py" line="77"/>
        <source>Missed calls (%1)</source>
        <translation>Zmeškané hovory (%1)</translation>
    </message>
</context>
<context>
    <name>MissedCallsView</name>
    <message>
        <location filename="../ui/missed_calls_view.py" line="49"/>
        <source>Missed calls</source>
        <translation>Zmeškané hovory</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="51"/>
        <source>No missed calls.</source>
        <translation>Žádné zmeškané hovory.</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="53"/>
        <source>&amp;Call back</source>
        <translation>&amp;Zavolat zpět</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="55"/>
        <source>C&amp;lear the list</source>
        <translation>&amp;Vyprázdnit seznam</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="121"/>
        <source>d MMM HH:mm</source>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="122"/>
        <source>Unknown</source>
        <translation>Neznámé</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="123"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="124"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="126"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MissingOption</name>
    <message>
        <location filename="../ui/missing_option.py" line="15"/>
        <source>Set the profile option %1 to offer pauses.</source>
        <translation>Pro nabídku pauz nastavte v profilu parametr %1.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="18"/>
        <source>Set the profile option %1 to dial from AgentDesk.</source>
        <translation>Pro vytáčení z AgentDesku nastavte v profilu parametr %1.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="21"/>
        <source>Set the profile option %1 to take back a dial.</source>
        <translation>Pro zrušení naplánovaného hovoru nastavte v profilu parametr %1.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="24"/>
        <source>Set the profile option %1 to offer a wrap-up after calls.</source>
        <translation>Aby se po hovorech nabízelo dokončení hovoru, nastavte v profilu parametr %1.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="27"/>
        <source>Set the profile option %1 to see calls while they ring.</source>
        <translation>Pro zobrazení hovorů už během vyzvánění nastavte v profilu parametr %1.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="31"/>
        <source>Set the profile option %1 to use this.</source>
        <translation>Pro tuto funkci nastavte v profilu parametr %1.</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="33"/>
        <source>Call</source>
        <translation>Volat</translation>
    </message>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="37"/>
        <source>Dismiss</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="38"/>
        <source>Dismiss the offer</source>
        <translation>Skrýt nabídku</translation>
    </message>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="60"/>
        <source>Call %1?</source>
        <translation>Zavolat na %1?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="61"/>
        <source>Call %1</source>
        <translation>Zavolat na %1</translation>
    </message>
</context>
<context>
    <name>OptionHint</name>
    <message>
        <location filename="../ui/widgets/option_hint.py" line="30"/>
        <source>Settings…</source>
        <translation>Nastavení…</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <location filename="../ui/outbox_status.py" line="58"/>
        <source>%1 refused a saved wrap-up: %2</source>
        <translation>%1 odmítl uložené dokončení: %2</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="61"/>
        <source>%1 refused a saved wrap-up, which may have reached it before AgentDesk closed: %2</source>
        <translation>%1 odmítl uložené dokončení, které k němu možná dorazilo už před zavřením AgentDesku: %2</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="66"/>
        <source>%1 said: %2</source>
        <translation>%1 hlásí: %2</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="68"/>
        <source>A saved wrap-up was not sent: %1</source>
        <translation>Uložené dokončení hovoru nebylo odesláno: %1</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="75"/>
        <source>1 wrap-up waiting to be sent</source>
        <translation>1 dokončení čeká na odeslání</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/outbox_status.py" line="77"/>
        <source>%n wrap-ups waiting to be sent</source>
        <translation>
            <numerusform>%n dokončení čeká na odeslání</numerusform>
            <numerusform>%n dokončení čekají na odeslání</numerusform>
            <numerusform>%n dokončení čeká na odeslání</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="81"/>
        <source>1 wrap-up refused by %1</source>
        <translation>1 dokončení odmítnuto systémem %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/outbox_status.py" line="83"/>
        <source>%n wrap-ups refused by %1</source>
        <translation>
            <numerusform>%n dokončení odmítnuto systémem %1</numerusform>
            <numerusform>%n dokončení odmítnuta systémem %1</numerusform>
            <numerusform>%n dokončení odmítnuto systémem %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="85"/>
        <source>Review…</source>
        <translation>Zobrazit…</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="89"/>
        <source>Saved on this computer; AgentDesk sends them as soon as it can.</source>
        <translation>Uloženo v tomto počítači; AgentDesk je odešle, jakmile to půjde.</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="107"/>
        <source>Refused wrap-ups</source>
        <translation>Odmítnutá dokončení</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="110"/>
        <source>%1 refused these saved wrap-ups. Enter them in %1 again, then discard.</source>
        <translation>%1 odmítl tato uložená dokončení. Zadejte je v %1 znovu a pak je zahoďte.</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="120"/>
        <source>Discard them</source>
        <translation>Zahodit je</translation>
    </message>
</context>
<context>
    <name>PauseSelector</name>
    <message>
        <location filename="../ui/widgets/pause_selector.py" line="45"/>
        <source>Choose a status…</source>
        <translation>Vyberte stav…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pause_selector.py" line="53"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tav:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pause_selector.py" line="106"/>
        <source>Ready</source>
        <translation>Připraven</translation>
    </message>
</context>
<context>
    <name>PhoneWarning</name>
    <message>
        <location filename="../ui/phone_warning.py" line="53"/>
        <source>Your phone, extension %1, is not reachable: calls cannot ring</source>
        <translation>Váš telefon, linka %1, není dostupný: hovory nemohou zvonit</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="100"/>
        <source>e.g. Work</source>
        <translation>např. Práce</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="108"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vybrat…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="109"/>
        <source>Choose the login from the PBX&apos;s users</source>
        <translation>Vybrat přihlašovací jméno z uživatelů ústředny</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="111"/>
        <location filename="../ui/settings_profile_editor.py" line="348"/>
        <source>Your login name</source>
        <translation>Vaše přihlašovací jméno</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="113"/>
        <source>Optional, e.g. 201</source>
        <translation>Volitelné, např. 201</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="116"/>
        <source>Make this the &amp;default profile</source>
        <translation>Nastavit jako &amp;výchozí profil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="119"/>
        <source>Option</source>
        <translation>Parametr</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="119"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="132"/>
        <source>Add &amp;option</source>
        <translation>Přidat para&amp;metr</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="136"/>
        <source>Re&amp;move option</source>
        <translation>Odeb&amp;rat parametr</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="143"/>
        <source>&amp;Test connection</source>
        <translation>O&amp;testovat připojení</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="145"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Zrušit</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="147"/>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="169"/>
        <source>&amp;Name</source>
        <translation>&amp;Název</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="169"/>
        <source>Profile name</source>
        <translation>Název profilu</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="170"/>
        <source>&amp;Vendor</source>
        <translation>&amp;Dodavatel</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="170"/>
        <source>Vendor</source>
        <translation>Dodavatel</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="171"/>
        <source>&amp;URL</source>
        <translation>UR&amp;L</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="171"/>
        <source>Call centre address</source>
        <translation>Adresa call centra</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="172"/>
        <source>Us&amp;er</source>
        <translation>Uživ&amp;atel</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="172"/>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="173"/>
        <source>E&amp;xtension</source>
        <translation>&amp;Klapka</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="173"/>
        <source>Extension</source>
        <translation>Klapka</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="174"/>
        <source>Sec&amp;ret</source>
        <translation>Ta&amp;jný klíč</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="174"/>
        <source>Secret</source>
        <translation>Tajný klíč</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="178"/>
        <location filename="../ui/settings_profile_editor.py" line="205"/>
        <source>Options</source>
        <translation>Parametry</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="179"/>
        <source>Make this the default profile</source>
        <translation>Nastavit jako výchozí profil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="180"/>
        <source>Add an option</source>
        <translation>Přidat parametr</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="181"/>
        <source>Remove the selected option</source>
        <translation>Odebrat vybraný parametr</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="182"/>
        <source>Test the connection with these fields</source>
        <translation>Otestovat připojení s těmito údaji</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="183"/>
        <source>Cancel editing</source>
        <translation>Zrušit úpravy</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="184"/>
        <source>Save the profile</source>
        <translation>Uložit profil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="185"/>
        <source>Problem with the profile</source>
        <translation>Problém s profilem</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="253"/>
        <source>Edit profile “%1”</source>
        <translation>Upravit profil „%1“</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="255"/>
        <source>New profile</source>
        <translation>Nový profil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="265"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Ponechte prázdné, chcete-li zachovat uložený tajný klíč</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="267"/>
        <source>Access token or password</source>
        <translation>Přístupový token nebo heslo</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="270"/>
        <source>The secret is kept in your system&apos;s keyring, never in a file.</source>
        <translation>Tajný klíč se ukládá do klíčenky systému, nikdy do souboru.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="292"/>
        <source>Give the profile a name: letters, digits, spaces, - and _ (up to 40).</source>
        <translation>Pojmenujte profil: písmena, číslice, mezery, - a _ (nejvýše 40 znaků).</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="297"/>
        <source>The URL is the call centre&apos;s address, starting with https://.</source>
        <translation>URL je adresa call centra začínající https://.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="301"/>
        <source>Fill in the user you sign in with.</source>
        <translation>Vyplňte uživatele, pod kterým se přihlašujete.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="306"/>
        <source>Type the secret: it is stored under the profile&apos;s name.</source>
        <translation>Zadejte tajný klíč: uloží se pod názvem profilu.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="308"/>
        <source>Type the secret (access token or password).</source>
        <translation>Zadejte tajný klíč (přístupový token nebo heslo).</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="336"/>
        <source>Option %1 takes one of: %2.</source>
        <translation>Parametr %1 přijímá jednu z hodnot: %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="341"/>
        <source>Option %1: %2</source>
        <translation>Parametr %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="317"/>
        <source>Option %1 is not a usable screen pop: %2.</source>
        <translation>Volbu %1 nelze použít k otevření CRM: %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="508"/>
        <source>Other…</source>
        <translation>Jiný…</translation>
    </message>
</context>
<context>
    <name>ProfileOptions</name>
    <message>
        <location filename="../backends/daktela/spec.py" line="40"/>
        <source>The newest Daktela API version your installation serves (4.1, 4.0, 3.9...): what needs a newer one is hidden</source>
        <translation>Nejnovější verze Daktela API, kterou vaše instalace poskytuje (4.1, 4.0, 3.9...): co potřebuje novější, se skryje</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="49"/>
        <source>token: the secret is an access token; password: it is the agent&apos;s password</source>
        <translation>token: tajný klíč je přístupový token; password: je to heslo operátora</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="58"/>
        <source>The queue outgoing calls go through (its ID)</source>
        <translation>Fronta pro odchozí hovory (její ID)</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="63"/>
        <source>The call centre&apos;s time zone, e.g. Europe/Prague</source>
        <translation>Časové pásmo call centra, např. Europe/Prague</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="68"/>
        <source>The call-script field that takes the wrap-up note</source>
        <translation>Pole formuláře, do kterého se uloží poznámka</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="75"/>
        <source>The company relay&apos;s address, e.g. https://relay.example.com: the queue figures come from it (empty: this computer asks Daktela for them)</source>
        <translation>Adresa firemního relé, např. https://relay.example.com: údaje o frontách přicházejí z něj (prázdné: tento počítač se na ně ptá Daktely sám)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="41"/>
        <source>(from the API token)</source>
        <translation>(z API tokenu)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="44"/>
        <source>In Oki-Toki&apos;s Events and Integrations, post call events to %1 with the parameters event, session_id, phone, direction, queue, contact_name, user_id, status_id, away_status_id.</source>
        <translation>V Oki-Toki (Události a integrace) posílejte události hovorů na %1 s parametry event, session_id, phone, direction, queue, contact_name, user_id, status_id, away_status_id.</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="59"/>
        <source>Your user number</source>
        <translation>Vaše číslo uživatele</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="71"/>
        <source>The company&apos;s statuses, STATUS:TITLE, the Ready one marked :ready</source>
        <translation>Stavy firmy, STAV:NÁZEV, stav Připraven označený :ready</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="79"/>
        <source>The dialer that places click-to-call tasks (its ID)</source>
        <translation>Dialer, který zakládá úlohy vytáčení (jeho ID)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="86"/>
        <source>The List of VIP callers (its ID), flagged on the caller card</source>
        <translation>Seznam VIP volajících (jeho ID), označených na kartě volajícího</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="93"/>
        <source>The blacklist (its ID), flagged on the caller card</source>
        <translation>Černá listina (její ID), označená na kartě volajícího</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="100"/>
        <source>Call outcomes for the wrap-up, VALUE:TITLE</source>
        <translation>Výsledky hovoru pro dokončení, HODNOTA:NÁZEV</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="105"/>
        <source>Extra wrap-up fields, NAME:TITLE[:KIND]</source>
        <translation>Další pole dokončení, JMÉNO:NÁZEV[:DRUH]</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="110"/>
        <source>Port of AgentDesk&apos;s receiver for live calls (empty: none)</source>
        <translation>Port přijímače AgentDesku pro živé hovory (prázdné: žádný)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="117"/>
        <source>Address the receiver listens on</source>
        <translation>Adresa, na které přijímač naslouchá</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="122"/>
        <source>The secret Oki-Toki sends with its webhooks (empty: one derived from the API token)</source>
        <translation>Tajný klíč, který Oki-Toki posílá se svými webhooky (prázdné: odvozený z API tokenu)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="132"/>
        <source>The address Oki-Toki reaches the receiver at, if another</source>
        <translation>Adresa, na které Oki-Toki přijímač zastihne, pokud je jiná</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="139"/>
        <source>How the call log is fetched</source>
        <translation>Jak se stahuje výpis hovorů</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="145"/>
        <source>How often the call log is read while idle, in seconds; four times as often during a call, half as often while the window is hidden</source>
        <translation>Jak často se čte protokol hovorů v klidu, v sekundách; během hovoru čtyřikrát častěji, se skrytým oknem poloviční četností</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="154"/>
        <source>The call centre&apos;s time zone, e.g. Europe/Kyiv</source>
        <translation>Časové pásmo call centra, např. Europe/Kyiv</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="28"/>
        <source>password: the secret is the agent&apos;s password; token: a portal API token</source>
        <translation>password: tajný klíč je heslo operátora; token: API token z portálu</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="37"/>
        <source>The agent&apos;s campaign, e.g. Soporte&lt;-</source>
        <translation>Kampaň operátora, např. Soporte&lt;-</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="42"/>
        <source>The outbound campaign click-to-call uses, e.g. Ventas-&gt;</source>
        <translation>Odchozí kampaň pro vytáčení, např. Ventas-&gt;</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="49"/>
        <source>uContact&apos;s breaks, MOTIVE[:TITLE][:wrap]</source>
        <translation>Přestávky uContactu, DŮVOD[:NÁZEV][:wrap]</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="54"/>
        <source>The disposition tree: paths L1&gt;L2&gt;L3, alternatives with |</source>
        <translation>Strom výsledků: cesty L1&gt;L2&gt;L3, varianty oddělené |</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="61"/>
        <source>Extra data asked in the wrap-up: d1:TITLE,d2:TITLE</source>
        <translation>Další údaje při dokončení: d1:NÁZEV,d2:NÁZEV</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="68"/>
        <source>The telephony host holding recordings</source>
        <translation>Telefonní server s nahrávkami</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="73"/>
        <source>The recordings backup host</source>
        <translation>Záložní server nahrávek</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="79"/>
        <source>The number calls you dial go out with (empty: the outbound campaign&apos;s own)</source>
        <translation>Číslo, se kterým odcházejí vámi vytočené hovory (prázdné: číslo odchozí kampaně)</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="84"/>
        <source>AgentCall&apos;s technology</source>
        <translation>Technologie pro AgentCall</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="85"/>
        <source>The agent&apos;s dial context</source>
        <translation>Kontext vytáčení operátora</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="89"/>
        <source>The instance&apos;s time zone, e.g. America/Montevideo</source>
        <translation>Časové pásmo instance, např. America/Montevideo</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="40"/>
        <source>In the PBX&apos;s CRM integration, set the CRM address to %1 (as your network makes it reachable) and its token to this profile&apos;s crm_token. The PBX runs in the cloud: publish this address through your company&apos;s reverse proxy or VPN.</source>
        <translation>V integraci s CRM na ústředně nastavte adresu CRM na %1 (tak, jak ji vaše síť zpřístupní) a token na crm_token tohoto profilu. Ústředna běží v cloudu: zveřejněte tuto adresu přes reverzní proxy nebo VPN vaší firmy.</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="66"/>
        <source>The token the PBX sends with its webhooks (empty: no live calls)</source>
        <translation>Token, který ústředna posílá s webhooky (prázdné: bez živých hovorů)</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="75"/>
        <source>host:port of AgentDesk&apos;s receiver for the PBX</source>
        <translation>host:port přijímače AgentDesku pro ústřednu</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="78"/>
        <source>Path of the receiver</source>
        <translation>Cesta přijímače</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="83"/>
        <source>How often DND and the history are read while idle, in seconds; four times as often during a call, half as often while the window is hidden</source>
        <translation>Jak často se čte stav Nerušit a historie v klidu, v sekundách; během hovoru čtyřikrát častěji, se skrytým oknem poloviční četností</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="92"/>
        <source>Show calls between colleagues in Recent calls</source>
        <translation>Zobrazit hovory mezi kolegy v Posledních hovorech</translation>
    </message>
    <message>
        <location filename="../vendors.py" line="34"/>
        <source>Opened when a call rings: a URL such as https://crm/search?phone={number_e164}, or a program and its arguments</source>
        <translation>Otevře se, když hovor vyzvání: URL jako https://crm/search?phone={number_e164}, nebo program a jeho argumenty</translation>
    </message>
    <message>
        <location filename="../vendors.py" line="43"/>
        <source>Opened when a call is answered; variables: {number} {number_e164} {name} {queue} {call_id} {direction} {agent} {vendor}</source>
        <translation>Otevře se po přijetí hovoru; proměnné: {number} {number_e164} {name} {queue} {call_id} {direction} {agent} {vendor}</translation>
    </message>
    <message>
        <location filename="../vendors.py" line="52"/>
        <source>Opened when a call ends, e.g. https://crm/calls/{call_id}</source>
        <translation>Otevře se po skončení hovoru, např. https://crm/calls/{call_id}</translation>
    </message>
    <message>
        <location filename="../backends/relay_options.py" line="18"/>
        <source>The company relay&apos;s address, e.g. https://relay.example.com (empty: this computer receives the webhooks itself)</source>
        <translation>Adresa firemního relé, např. https://relay.example.com (prázdné: webhooky přijímá tento počítač sám)</translation>
    </message>
    <message>
        <location filename="../backends/relay_options.py" line="28"/>
        <source>This agent&apos;s relay token (agentdesk relay add-agent prints it)</source>
        <translation>Token tohoto operátora pro relé (vypíše ho agentdesk relay add-agent)</translation>
    </message>
    <message>
        <location filename="../backends/relay_options.py" line="36"/>
        <source>A PEM file of the certificate authority that signed the relay&apos;s certificate, if not a public one (empty: the usual authorities)</source>
        <translation>Soubor PEM certifikační autority, která podepsala certifikát relé, pokud nejde o veřejnou (prázdné: běžné autority)</translation>
    </message>
    <message>
        <location filename="../backends/relay_options.py" line="74"/>
        <source>Events come through the company relay %1: the vendor posts them there, and this computer needs no address of its own.</source>
        <translation>Události přicházejí přes firemní relé %1: posílají se tam a tento počítač nepotřebuje vlastní adresu.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../ui/settings_profiles.py" line="110"/>
        <source>Working</source>
        <translation>Probíhá zpracování</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="116"/>
        <source>Profiles status</source>
        <translation>Stav profilů</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="128"/>
        <source>Sa&amp;ved profiles</source>
        <translation>Uložené profi&amp;ly</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="130"/>
        <source>Saved profiles</source>
        <translation>Uložené profily</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="135"/>
        <source>&amp;Add…</source>
        <translation>Př&amp;idat…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="136"/>
        <source>Add a profile</source>
        <translation>Přidat profil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="138"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="139"/>
        <source>Edit the selected profile</source>
        <translation>Upravit vybraný profil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="141"/>
        <source>De&amp;lete</source>
        <translation>&amp;Smazat</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="142"/>
        <source>Delete the selected profile</source>
        <translation>Smazat vybraný profil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="144"/>
        <source>Make &amp;default</source>
        <translation>Nastavit jako &amp;výchozí</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="145"/>
        <source>Make the selected profile the default</source>
        <translation>Nastavit vybraný profil jako výchozí</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="148"/>
        <source>Test the selected profile&apos;s connection</source>
        <translation>Otestovat připojení vybraného profilu</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="201"/>
        <source>%1 (default)</source>
        <translation>%1 (výchozí)</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="215"/>
        <source>No profiles yet: press Add to create one.</source>
        <translation>Zatím žádné profily: nový vytvoříte tlačítkem Přidat.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="260"/>
        <source>The keyring cannot say which secret options it keeps: %1</source>
        <translation>Klíčenka nedokáže říct, které tajné volby uchovává: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="299"/>
        <source>Profile “%1” saved.</source>
        <translation>Profil „%1“ uložen.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="308"/>
        <source>Profile “%1” saved, but not its secret: %2</source>
        <translation>Profil „%1“ uložen, ale jeho tajný klíč ne: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="317"/>
        <source>The keyring could not take its secret options, so they stay in the profiles file until it can: %1</source>
        <translation>Klíčenka nemohla převzít jeho tajné volby, proto zůstávají v souboru profilů, dokud to nepůjde: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="330"/>
        <source>The keyring still keeps %1: %2</source>
        <translation>Klíčenka stále uchovává %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="349"/>
        <source>Delete profile</source>
        <translation>Smazat profil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="350"/>
        <source>Delete the profile “%1”?</source>
        <translation>Smazat profil „%1“?</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="370"/>
        <source>Profile “%1” deleted.</source>
        <translation>Profil „%1“ smazán.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="379"/>
        <source>“%1” is now the default profile.</source>
        <translation>„%1“ je nyní výchozí profil.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="429"/>
        <source>Fill in the URL first.</source>
        <translation>Nejprve vyplňte URL.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="432"/>
        <source>Asking %1 for its users…</source>
        <translation>Zjišťuji uživatele na %1…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="447"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="453"/>
        <source>No users</source>
        <translation>Žádní uživatelé</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="461"/>
        <source>Connecting to %1…</source>
        <translation>Připojování k %1…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="480"/>
        <source>Test cancelled.</source>
        <translation>Test zrušen.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="491"/>
        <source>Connected: agent %1, state %2.</source>
        <translation>Připojeno: operátor %1, stav %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="498"/>
        <source>The call centre refused the secret.</source>
        <translation>Call centrum odmítlo tajný klíč.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="500"/>
        <source>It said: %1</source>
        <translation>Odpověď: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="503"/>
        <source>Cannot reach %1: %2</source>
        <translation>Nelze se spojit s %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="505"/>
        <source>The call centre said: %1</source>
        <translation>Call centrum hlásí: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="512"/>
        <source>Stop &amp;test</source>
        <translation>Zastavit &amp;test</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="147"/>
        <location filename="../ui/settings_profiles.py" line="512"/>
        <source>&amp;Test connection</source>
        <translation>O&amp;testovat připojení</translation>
    </message>
</context>
<context>
    <name>QueueMenu</name>
    <message>
        <location filename="../ui/queue_menu.py" line="21"/>
        <source>&amp;Queues</source>
        <translation>&amp;Fronty</translation>
    </message>
    <message>
        <location filename="../ui/queue_menu.py" line="26"/>
        <source>Loading…</source>
        <translation>Načítání…</translation>
    </message>
    <message>
        <location filename="../ui/queue_menu.py" line="46"/>
        <source>No queues</source>
        <translation>Žádné fronty</translation>
    </message>
</context>
<context>
    <name>QueueStrip</name>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="103"/>
        <source>Refresh queue figures</source>
        <translation>Obnovit údaje o frontách</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="108"/>
        <source>Queues…</source>
        <translation>Fronty…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="124"/>
        <source>Queue figures</source>
        <translation>Údaje o frontách</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="242"/>
        <source>Not connected to the call centre.</source>
        <translation>Nepřipojeno k call centru.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="254"/>
        <source>Updated at %1</source>
        <translation>Aktualizováno v %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="269"/>
        <source>No queues</source>
        <translation>Žádné fronty</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="281"/>
        <location filename="../ui/widgets/queue_strip.py" line="300"/>
        <source>+%1 more</source>
        <translation>+%1 další</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="305"/>
        <source>%1 waiting · %2 ready</source>
        <translation>čekající: %1 · připravení: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="309"/>
        <source>longest %1</source>
        <translation>nejdéle %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="332"/>
        <source>Could not get the queue figures: %1</source>
        <translation>Údaje o frontách se nepodařilo načíst: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="334"/>
        <source>%1 These figures are from %2.</source>
        <translation>%1 Údaje jsou z %2.</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../ui/recording_player.py" line="54"/>
        <source>No recording chosen</source>
        <translation>Není vybrána žádná nahrávka</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="60"/>
        <source>Position in the recording</source>
        <translation>Pozice v nahrávce</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="66"/>
        <location filename="../ui/recording_player.py" line="67"/>
        <source>Playback speed</source>
        <translation>Rychlost přehrávání</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="70"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="170"/>
        <source>Recordings cannot be played on this computer (%1).</source>
        <translation>Nahrávky nelze v tomto počítači přehrát (%1).</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="194"/>
        <source>This recording cannot be played: the file is not audio.</source>
        <translation>Tuto nahrávku nelze přehrát: soubor není zvukový.</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="199"/>
        <source>unknown error</source>
        <translation>neznámá chyba</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="200"/>
        <source>This recording cannot be played: %1</source>
        <translation>Tuto nahrávku nelze přehrát: %1</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="232"/>
        <source>Pause</source>
        <translation>Pozastavit</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="232"/>
        <source>Play</source>
        <translation>Přehrát</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../ui/state_style.py" line="49"/>
        <source>Your call centre does not offer this</source>
        <translation>Vaše call centrum tuto funkci nenabízí</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="52"/>
        <source>Your profile lacks an option this needs</source>
        <translation>Ve vašem profilu chybí parametr, který je k tomu potřeba</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="55"/>
        <source>Not connected to the call centre</source>
        <translation>Nepřipojeno k call centru</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="58"/>
        <source>No call is ringing</source>
        <translation>Žádný hovor nevyzvání</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="59"/>
        <source>No call in progress</source>
        <translation>Neprobíhá žádný hovor</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="60"/>
        <source>Not during a call</source>
        <translation>Během hovoru nelze</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="61"/>
        <source>You are not signed in to the call centre</source>
        <translation>Nejste přihlášeni k call centru</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="64"/>
        <source>Already Ready</source>
        <translation>Už ve stavu Připraven</translation>
    </message>
</context>
<context>
    <name>ScreenPopper</name>
    <message>
        <location filename="../ui/screen_pop.py" line="146"/>
        <source>Could not open the CRM for this call: check the screen pop settings.</source>
        <translation>CRM pro tento hovor se nepodařilo otevřít: zkontrolujte nastavení otevírání CRM.</translation>
    </message>
</context>
<context>
    <name>SecretOption</name>
    <message>
        <location filename="../ui/secret_option_cells.py" line="51"/>
        <source>•••••• typed, kept in the keyring on Save</source>
        <translation>•••••• zadáno, při uložení se uloží do klíčenky</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="55"/>
        <source>•••••• kept in the keyring</source>
        <translation>•••••• uloženo v klíčence</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="57"/>
        <source>•••••• in the profiles file until the keyring can take it</source>
        <translation>•••••• v souboru profilů, dokud je klíčenka nepřevezme</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="65"/>
        <source>Double-click to type a new value; it is kept in the keyring, never shown.</source>
        <translation>Dvojklikem zadáte novou hodnotu; uloží se do klíčenky a nikdy se nezobrazí.</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="105"/>
        <source>Leave empty to keep the stored value</source>
        <translation>Ponechte prázdné, chcete-li zachovat uloženou hodnotu</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="107"/>
        <source>Type the value</source>
        <translation>Zadejte hodnotu</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="109"/>
        <source>Secret value</source>
        <translation>Tajná hodnota</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../ui/secrets_text.py" line="14"/>
        <source>The keyring is locked (or has no default collection): unlock it or set AGENTDESK_SECRET.</source>
        <translation>Klíčenka je zamčená (nebo nemá výchozí kolekci): odemkněte ji, nebo nastavte AGENTDESK_SECRET.</translation>
    </message>
    <message>
        <location filename="../ui/secrets_text.py" line="20"/>
        <source>The keyring did not answer: check that it runs, or set AGENTDESK_SECRET.</source>
        <translation>Klíčenka neodpověděla: zkontrolujte, že běží, nebo nastavte AGENTDESK_SECRET.</translation>
    </message>
</context>
<context>
    <name>SessionWiring</name>
    <message>
        <location filename="../ui/session_wiring.py" line="66"/>
        <source>%1 does not tell AgentDesk of incoming calls while they ring with this profile; calls you dial from here show on this card, and all calls appear in Recent calls.</source>
        <translation>%1 s tímto profilem AgentDesku neoznamuje příchozí hovory, když zvoní; hovory vytočené odtud se zobrazí na této kartě a všechny hovory najdete v Posledních hovorech.</translation>
    </message>
    <message>
        <location filename="../ui/session_wiring.py" line="111"/>
        <source>The call centre refused the sign-in; check your secret.</source>
        <translation>Call centrum odmítlo přihlášení; zkontrolujte tajný klíč.</translation>
    </message>
    <message>
        <location filename="../ui/session_wiring.py" line="116"/>
        <source>AgentDesk cannot connect with this profile: %1</source>
        <translation>AgentDesk se s tímto profilem nemůže připojit: %1</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../ui/settings_window.py" line="38"/>
        <source>AgentDesk settings</source>
        <translation>Nastavení AgentDesk</translation>
    </message>
    <message>
        <location filename="../ui/settings_window.py" line="47"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profily</translation>
    </message>
    <message>
        <location filename="../ui/settings_window.py" line="48"/>
        <source>&amp;General</source>
        <translation>&amp;Obecné</translation>
    </message>
    <message>
        <location filename="../ui/settings_window.py" line="49"/>
        <source>Settings pages</source>
        <translation>Stránky nastavení</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../ui/app.py" line="101"/>
        <source>AgentDesk could not read its outbox of unsent wrap-ups, %1 (%2), and started a fresh one. The old file is kept as %3; wrap-ups waiting in it were not sent.</source>
        <translation>AgentDesk nemohl přečíst svou frontu neodeslaných dokončení hovorů, %1 (%2), a založil novou. Starý soubor je uložen jako %3; dokončení, která v něm čekala, nebyla odeslána.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="111"/>
        <source>The keyring could not take the secret options of profile %1; nothing is lost, they are %2</source>
        <translation>Klíčenka nemohla převzít tajné volby profilu %1; nic se neztratilo, jsou %2</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="120"/>
        <source>AgentDesk could not read its settings, %1 (%2), and uses the defaults. The old file is kept as %3.</source>
        <translation>AgentDesk nemohl přečíst svá nastavení, %1 (%2), a používá výchozí. Starý soubor je uložen jako %3.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="303"/>
        <source>There is no pause to switch to.</source>
        <translation>Není žádná pauza, na kterou přepnout.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="311"/>
        <source>Global shortcuts: the desktop portal (your system settings manage them).</source>
        <translation>Globální zkratky: portál pracovní plochy (spravuje je nastavení systému).</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="314"/>
        <source>Global shortcuts: X11 key grabs.</source>
        <translation>Globální zkratky: zachytávání kláves X11.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="315"/>
        <source>Global shortcuts: Windows hot keys.</source>
        <translation>Globální zkratky: klávesové zkratky Windows.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="316"/>
        <source>Global shortcuts are not available on this desktop.</source>
        <translation>Globální zkratky nejsou na této pracovní ploše k dispozici.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="322"/>
        <source>Not available: %1 (%2)</source>
        <translation>Nedostupné: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="348"/>
        <source>The CRM screen pop is off: %1</source>
        <translation>Otevírání CRM je vypnuté: %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="360"/>
        <source>AgentDesk keeps running in the tray, so calls still pop up. Click its icon to open the window; quit from its menu.</source>
        <translation>AgentDesk běží dál v oznamovací oblasti, takže se hovory stále zobrazí. Okno otevřete kliknutím na ikonu; ukončíte ho z její nabídky.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="398"/>
        <source>This link holds no phone number: %1</source>
        <translation>Tento odkaz neobsahuje telefonní číslo: %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="403"/>
        <source>%1 does not offer dialling from AgentDesk; please dial %2 on the phone.</source>
        <translation>%1 nenabízí vytáčení z AgentDesku; vytočte prosím %2 na telefonu.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="485"/>
        <source>Save diagnostics</source>
        <translation>Uložit diagnostiku</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="487"/>
        <source>Zip archives (*.zip)</source>
        <translation>Archivy zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="506"/>
        <source>Could not save diagnostics: %1</source>
        <translation>Diagnostiku se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="509"/>
        <source>Diagnostics saved to %1</source>
        <translation>Diagnostika uložena do %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="515"/>
        <source>The new language applies when AgentDesk starts again.</source>
        <translation>Nový jazyk se použije po dalším spuštění AgentDesk.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="571"/>
        <source>AgentDesk could not start; details are in the log.</source>
        <translation>AgentDesk se nepodařilo spustit; podrobnosti jsou v protokolu.</translation>
    </message>
</context>
<context>
    <name>ShiftWiring</name>
    <message>
        <location filename="../ui/shift_wiring.py" line="63"/>
        <source>Log &amp;out of the call centre</source>
        <translation>&amp;Odhlásit se z call centra</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="130"/>
        <source>You cannot log out during a call: hang up first.</source>
        <translation>Během hovoru se odhlásit nelze: nejdřív zavěste.</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="132"/>
        <source>You cannot log out yet: the wrap-up of the last call is not saved. Save it first.</source>
        <translation>Zatím se odhlásit nelze: dokončení posledního hovoru není uložené. Nejdřív ho uložte.</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="134"/>
        <source>You are not logged in to the call centre.</source>
        <translation>Nejste přihlášeni k call centru.</translation>
    </message>
</context>
<context>
    <name>SmsCounter</name>
    <message>
        <location filename="../ui/widgets/sms_counter.py" line="30"/>
        <source>%1 characters: at most %2 can be sent</source>
        <translation>%1 znaků: odeslat lze nejvýše %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sms_counter.py" line="35"/>
        <source>%1 / %2 · %3 SMS (unicode)</source>
        <translation>%1 / %2 · %3 SMS (unicode)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sms_counter.py" line="37"/>
        <source>%1 / %2 · %3 SMS</source>
        <translation>%1 / %2 · %3 SMS</translation>
    </message>
</context>
<context>
    <name>SmsDialog</name>
    <message>
        <location filename="../ui/sms_dialog.py" line="62"/>
        <source>Text message</source>
        <translation>Textová zpráva</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="66"/>
        <source>Phone number</source>
        <translation>Telefonní číslo</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="67"/>
        <source>&amp;To</source>
        <translation>&amp;Komu</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="69"/>
        <source>Template</source>
        <translation>Šablona</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="70"/>
        <source>(no template)</source>
        <translation>(bez šablony)</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="76"/>
        <source>Te&amp;mplate</source>
        <translation>Ša&amp;blona</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="78"/>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="80"/>
        <source>&amp;Message</source>
        <translation>&amp;Zpráva</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="90"/>
        <source>&amp;Send</source>
        <translation>&amp;Odeslat</translation>
    </message>
</context>
<context>
    <name>SmsEntry</name>
    <message>
        <location filename="../ui/sms_entry.py" line="31"/>
        <location filename="../ui/sms_entry.py" line="56"/>
        <source>Send &amp;SMS…</source>
        <translation>Odeslat &amp;SMS…</translation>
    </message>
    <message>
        <location filename="../ui/sms_entry.py" line="81"/>
        <source>Text message sent to %1.</source>
        <translation>Textová zpráva odeslána na %1.</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <location filename="../ui/widgets/state_badge.py" line="47"/>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/state_badge.py" line="55"/>
        <source>Time in state</source>
        <translation>Čas ve stavu</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../ui/team_view.py" line="77"/>
        <source>Filter by name</source>
        <translation>Filtrovat podle jména</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="78"/>
        <source>Filter colleagues by name</source>
        <translation>Filtrovat kolegy podle jména</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="82"/>
        <source>Colleagues</source>
        <translation>Kolegové</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="84"/>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="84"/>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="84"/>
        <source>For</source>
        <translation>Jak dlouho</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="84"/>
        <source>Extension</source>
        <translation>Klapka</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="97"/>
        <source>&amp;Call extension</source>
        <translation>&amp;Volat na klapku</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="98"/>
        <source>Call the colleague&apos;s extension</source>
        <translation>Zavolat na klapku kolegy</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="102"/>
        <source>Team list status</source>
        <translation>Stav seznamu týmu</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="183"/>
        <source>%1 The list is from %2.</source>
        <translation>%1 Seznam je z %2.</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="189"/>
        <source>Updated at %1</source>
        <translation>Aktualizováno v %1</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location filename="../ui/today_view.py" line="135"/>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../ui/today_view.py" line="48"/>
        <source>My day</source>
        <translation>Můj den</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="56"/>
        <source>Calls answered</source>
        <translation>Přijaté hovory</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="57"/>
        <source>Calls missed</source>
        <translation>Zmeškané hovory</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="58"/>
        <source>Calls made</source>
        <translation>Odchozí hovory</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="59"/>
        <source>Talk time</source>
        <translation>Doba hovorů</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="60"/>
        <source>Logged in</source>
        <translation>Přihlášen(a)</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="62"/>
        <source>Time per pause</source>
        <translation>Čas na pauzách</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="70"/>
        <source>Loading today&apos;s figures…</source>
        <translation>Načítám dnešní čísla…</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="74"/>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="75"/>
        <source>Refresh today&apos;s figures</source>
        <translation>Obnovit dnešní čísla</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="105"/>
        <source>No pauses today.</source>
        <translation>Dnes žádné pauzy.</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="109"/>
        <source>As of %1.</source>
        <translation>Stav k %1.</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="114"/>
        <source>Today&apos;s figures could not be loaded: %1</source>
        <translation>Dnešní čísla se nepodařilo načíst: %1</translation>
    </message>
</context>
<context>
    <name>TransferPicker</name>
    <message>
        <location filename="../ui/transfer_picker.py" line="82"/>
        <location filename="../ui/transfer_picker.py" line="83"/>
        <location filename="../ui/transfer_picker.py" line="106"/>
        <source>Transfer the call</source>
        <translation>Přepojit hovor</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="86"/>
        <source>Type a name, a queue or a number</source>
        <translation>Napište jméno, frontu nebo číslo</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="87"/>
        <source>Find a colleague, a queue or a number</source>
        <translation>Najít kolegu, frontu nebo číslo</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="92"/>
        <source>Where to transfer the call</source>
        <translation>Kam hovor přepojit</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="95"/>
        <source>&amp;Blind: let the call go without waiting for an answer</source>
        <translation>&amp;Naslepo: předat hovor bez čekání na přijetí</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="96"/>
        <source>Blind transfer</source>
        <translation>Přepojení naslepo</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="101"/>
        <source>What happens next</source>
        <translation>Co se stane</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="104"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Přepojit</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="108"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="169"/>
        <source>Asking the call centre to transfer to %1…</source>
        <translation>Žádám call centrum o přepojení na %1…</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="224"/>
        <source>Number %1</source>
        <translation>Číslo %1</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="242"/>
        <source>Queue %1</source>
        <translation>Fronta %1</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="247"/>
        <source>Nobody matches: type a number to transfer to it</source>
        <translation>Nikdo neodpovídá: napište číslo, na které přepojit</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="294"/>
        <source>Choose a colleague, a queue or a number.</source>
        <translation>Vyberte kolegu, frontu nebo číslo.</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="298"/>
        <source>The call goes to %1 at once and leaves you, answered or not.</source>
        <translation>Hovor půjde hned na %1 a odejde od vás, ať ho přijmou, nebo ne.</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="301"/>
        <source>%1 is asked first. The call stays yours, on hold, until they answer; if nobody answers it comes back to you.</source>
        <translation>Nejdřív se zeptáme: %1. Hovor zůstává váš, podržený, dokud nepřijmou; když nikdo nepřijme, vrátí se k vám.</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="310"/>
        <source>The call went to %1.</source>
        <translation>Hovor šel na %1.</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="311"/>
        <source>Asking %1. The call stays yours, on hold, until they answer.</source>
        <translation>Ptáme se: %1. Hovor zůstává váš, podržený, dokud nepřijmou.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/tray.py" line="71"/>
        <source>Show/Hide window</source>
        <translation>Zobrazit/skrýt okno</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="73"/>
        <source>Ready</source>
        <translation>Připraven</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="76"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="78"/>
        <source>Settings…</source>
        <translation>Nastavení…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="80"/>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="95"/>
        <location filename="../ui/tray.py" line="108"/>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="109"/>
        <source>Reconnecting…</source>
        <translation>Obnovování spojení…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="110"/>
        <source>Authentication failed</source>
        <translation>Ověření selhalo</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="111"/>
        <source>Cannot connect: check the profile</source>
        <translation>Nelze se připojit: zkontrolujte profil</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="112"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="131"/>
        <source>Missed calls: %1</source>
        <translation>Zmeškané hovory: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="137"/>
        <source>AgentDesk — %1</source>
        <translation>AgentDesk — %1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="139"/>
        <source>%1 — %2 missed</source>
        <translation>%1 — zmeškané: %2</translation>
    </message>
</context>
<context>
    <name>VendorText</name>
    <message>
        <location filename="../backends/megapbx/spec.py" line="55"/>
        <source>The PBX rings your phone first; the number is called once you pick up.</source>
        <translation>Ústředna nejprve prozvoní váš telefon; číslo se vytočí, až ho zvednete.</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/live.py" line="46"/>
        <source>Do not disturb</source>
        <translation>Nerušit</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="60"/>
        <source>Oki-Toki dials through a dialer task: the call comes when the dialer places it, not at once.</source>
        <translation>Oki-Toki vytáčí přes úlohu dialeru: hovor přijde, až ho dialer spojí, ne hned.</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="85"/>
        <source>answered</source>
        <translation>přijatý</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="86"/>
        <source>missed</source>
        <translation>zmeškaný</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="87"/>
        <source>cancelled</source>
        <translation>zrušený</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="88"/>
        <source>busy</source>
        <translation>obsazeno</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="89"/>
        <source>not available</source>
        <translation>nedostupný</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="90"/>
        <source>calls to this destination are barred</source>
        <translation>volání na toto číslo je zakázáno</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="91"/>
        <source>number not found</source>
        <translation>číslo nenalezeno</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="92"/>
        <source>not answered</source>
        <translation>nepřijatý</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="96"/>
        <source>an agent took the call</source>
        <translation>hovor přijal operátor</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="97"/>
        <source>missed by the department</source>
        <translation>zmeškaný oddělením</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="98"/>
        <source>forwarded to an outside number</source>
        <translation>přesměrováno na externí číslo</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="99"/>
        <source>voice menu</source>
        <translation>hlasové menu</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="100"/>
        <source>on-duty agent after hours</source>
        <translation>služba mimo pracovní dobu</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="101"/>
        <source>after-hours message</source>
        <translation>hlášení mimo pracovní dobu</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="102"/>
        <source>hung up during the greeting</source>
        <translation>zavěsil během uvítání</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="103"/>
        <source>voicemail: the caller left a message</source>
        <translation>hlasová schránka: volající zanechal vzkaz</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="104"/>
        <source>answering machine message</source>
        <translation>zpráva záznamníku</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="108"/>
        <source>Calls between colleagues are not available from this PBX.</source>
        <translation>Hovory mezi kolegy tato ústředna neposkytuje.</translation>
    </message>
    <message>
        <location filename="../backends/daktela/versions.py" line="104"/>
        <source>Daktela offers %1 from API version %2 on; this profile&apos;s api_version is %3.</source>
        <translation>Daktela nabízí %1 od verze API %2; api_version tohoto profilu je %3.</translation>
    </message>
    <message>
        <location filename="../backends/daktela/versions.py" line="107"/>
        <source>Daktela&apos;s CreateCall for an agent needs API version 3.1; at %1 it dials from an extension: set the extension in the profile.</source>
        <translation>CreateCall pro operátora potřebuje u Daktela verzi API 3.1; ve verzi %1 vytáčí z klapky: nastavte klapku v profilu.</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/backend.py" line="115"/>
        <source>uContact logs an agent in with their password (AgentLogin); this profile signs in with a portal token (auth=token).</source>
        <translation>uContact přihlašuje agenta jeho heslem (AgentLogin); tento profil se přihlašuje tokenem z portálu (auth=token).</translation>
    </message>
</context>
<context>
    <name>WaitingCallers</name>
    <message>
        <location filename="../ui/waiting_callers.py" line="66"/>
        <source>Callers waiting</source>
        <translation>Čekající volající</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="68"/>
        <source>Reading the queues…</source>
        <translation>Načítám fronty…</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="78"/>
        <source>Callers waiting in your queues</source>
        <translation>Volající čekající ve vašich frontách</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="118"/>
        <source>Nobody is waiting.</source>
        <translation>Nikdo nečeká.</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="122"/>
        <source>Unknown</source>
        <translation>Neznámé</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="127"/>
        <source>waiting %1</source>
        <translation>čeká %1</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="130"/>
        <source>Pick up</source>
        <translation>Převzít</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="131"/>
        <source>Pick up %1</source>
        <translation>Převzít %1</translation>
    </message>
</context>
<context>
    <name>WaitingCallersToggle</name>
    <message>
        <location filename="../ui/waiting_callers.py" line="157"/>
        <source>Waiting callers</source>
        <translation>Čekající volající</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="159"/>
        <source>Show the callers waiting in your queues</source>
        <translation>Ukázat volající čekající ve vašich frontách</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="160"/>
        <source>The callers waiting in your queues; pick one up</source>
        <translation>Volající čekající ve vašich frontách; převezměte si jednoho</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../ui/window_actions.py" line="30"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Nastavení…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="31"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importovat kontakty…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="32"/>
        <source>Save &amp;diagnostics…</source>
        <translation>Uložit &amp;diagnostiku…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="34"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="36"/>
        <source>&amp;Answer</source>
        <translation>&amp;Přijmout</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="37"/>
        <source>&amp;Hang up</source>
        <translation>&amp;Zavěsit</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="38"/>
        <source>&amp;Ready</source>
        <translation>Přip&amp;raven</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="39"/>
        <source>&amp;Number to call</source>
        <translation>Čí&amp;slo k vytočení</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="41"/>
        <source>&amp;Now</source>
        <translation>&amp;Aktuálně</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="42"/>
        <source>&amp;Recent calls</source>
        <translation>&amp;Poslední hovory</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="45"/>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="51"/>
        <source>&amp;Call</source>
        <translation>&amp;Hovor</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="58"/>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="203"/>
        <source>Wrap-up</source>
        <translation>Dokončení hovoru</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="213"/>
        <source>&amp;Retry</source>
        <translation>&amp;Opakovat</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="215"/>
        <source>Retry</source>
        <translation>Opakovat</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="221"/>
        <location filename="../ui/wrap_up_panel.py" line="586"/>
        <source>&amp;Discard</source>
        <translation>Zaho&amp;dit</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="222"/>
        <source>Discard the wrap-up</source>
        <translation>Zahodit dokončení hovoru</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="224"/>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="226"/>
        <source>Save the wrap-up</source>
        <translation>Uložit dokončení hovoru</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="227"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Uložit (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="362"/>
        <source>Loading…</source>
        <translation>Načítání…</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="374"/>
        <source>Could not load the wrap-up form. %1</source>
        <translation>Formulář dokončení hovoru se nepodařilo načíst. %1</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="395"/>
        <source>Choose an outcome…</source>
        <translation>Vyberte výsledek hovoru…</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="398"/>
        <source>Outcome</source>
        <translation>Výsledek hovoru</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="411"/>
        <source>What the caller wanted, what was agreed</source>
        <translation>Požadavek volajícího a co bylo dohodnuto</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="413"/>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="416"/>
        <source>Call &amp;back at</source>
        <translation>Z&amp;avolat zpět v</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="417"/>
        <source>Schedule a call-back</source>
        <translation>Naplánovat zpětné volání</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="421"/>
        <source>Call-back time</source>
        <translation>Čas zpětného volání</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="437"/>
        <source>Ready</source>
        <translation>Připraven</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="440"/>
        <source>After saving:</source>
        <translation>Po uložení:</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="460"/>
        <source>%1 (required)</source>
        <translation>%1 (povinné)</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="465"/>
        <source>Required</source>
        <translation>Povinné</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="484"/>
        <source>Choose an outcome before saving.</source>
        <translation>Před uložením vyberte výsledek hovoru.</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="488"/>
        <source>Fill in: %1</source>
        <translation>Vyplňte: %1</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="521"/>
        <source>Wrap-up saved; it will be sent when %1 can be reached.</source>
        <translation>Dokončení uloženo; odešle se, až bude %1 dostupný.</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="532"/>
        <source>Saving…</source>
        <translation>Ukládání…</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="578"/>
        <source>Really discard?</source>
        <translation>Opravdu zahodit?</translation>
    </message>
</context>
</TS>
