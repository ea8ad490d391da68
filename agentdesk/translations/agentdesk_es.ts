<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgentCommands</name>
    <message>
        <location filename="../ui/agent_commands.py" line="67"/>
        <source>The queued call was cancelled.</source>
        <translation>La llamada en cola se canceló.</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <location filename="../ui/state_style.py" line="34"/>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="35"/>
        <source>Logged in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="36"/>
        <source>Ready</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="37"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="38"/>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="39"/>
        <source>On a call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="40"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="41"/>
        <source>Wrap-up</source>
        <translation>Post-llamada</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../store/settings.py" line="167"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="184"/>
        <source>&amp;Desktop notifications</source>
        <translation>&amp;Notificaciones de escritorio</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="185"/>
        <source>Show a desktop notification when a call rings.</source>
        <translation>Mostrar una notificación de escritorio cuando entra una llamada.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="191"/>
        <source>Pop up the &amp;caller card</source>
        <translation>Mostrar la &amp;ficha del llamante</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="192"/>
        <source>Bring up what is known of the caller when a call rings.</source>
        <translation>Mostrar lo que se sabe del llamante cuando entra una llamada.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="198"/>
        <source>&amp;Watch the clipboard for numbers</source>
        <translation>&amp;Vigilar números en el portapapeles</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="199"/>
        <source>Offer to call a phone number as soon as you copy one.</source>
        <translation>Ofrecer llamar a un número de teléfono en cuanto lo copies.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="205"/>
        <source>Con&amp;firm before calling the selection</source>
        <translation>Con&amp;firmar antes de llamar a la selección</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="206"/>
        <source>Ask &quot;Call …?&quot; before the dial-the-selection shortcut calls a number.</source>
        <translation>Preguntar «¿Llamar a …?» antes de que el atajo llame al número seleccionado.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="213"/>
        <source>Default &amp;region</source>
        <translation>Región pre&amp;determinada</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="214"/>
        <source>The country of numbers written without a country code (e.g. CZ).</source>
        <translation>El país de los números escritos sin código de país (p. ej., CZ).</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="223"/>
        <source>Caller card scree&amp;n</source>
        <translation>Pa&amp;ntalla de la ficha del llamante</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="224"/>
        <source>The screen the caller card pops up on, by name; empty for the one under the mouse.</source>
        <translation>La pantalla (por su nombre) donde aparece la ficha del llamante; vacío para la que está bajo el ratón.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="232"/>
        <source>Start &amp;minimised</source>
        <translation>Iniciar &amp;minimizado</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="233"/>
        <source>Start in the tray (or minimised) instead of showing the window.</source>
        <translation>Iniciar en la bandeja del sistema (o minimizado) en lugar de mostrar la ventana.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="239"/>
        <source>L&amp;og in to the call centre at start</source>
        <translation>Iniciar sesión en el centro de llamadas al ar&amp;rancar</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="240"/>
        <source>When AgentDesk starts and you are not logged in to the call centre, log in (where the call centre offers it).</source>
        <translation>Si al arrancar AgentDesk no has iniciado sesión en el centro de llamadas, iniciarla (donde el centro de llamadas lo ofrece).</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="248"/>
        <source>Start at log&amp;in</source>
        <translation>Iniciar con la &amp;sesión</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="249"/>
        <source>Start AgentDesk when you log in to your desktop.</source>
        <translation>Iniciar AgentDesk al iniciar sesión en el escritorio.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="255"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="256"/>
        <source>The language of AgentDesk; takes effect at the next start.</source>
        <translation>El idioma de AgentDesk; se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="263"/>
        <source>Keep r&amp;ecordings (days)</source>
        <translation>Conservar gra&amp;baciones (días)</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="264"/>
        <source>How long downloaded call recordings stay on this computer.</source>
        <translation>Cuánto tiempo se conservan en este equipo las grabaciones descargadas.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="272"/>
        <source>Call &amp;history (days)</source>
        <translation>&amp;Historial de llamadas (días)</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="273"/>
        <source>How many days of calls the history shows.</source>
        <translation>Cuántos días de llamadas muestra el historial.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="279"/>
        <source>SMS &amp;templates</source>
        <translation>&amp;Plantillas de SMS</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="280"/>
        <source>Texts to start a message from, separated by |; {name} becomes the caller&apos;s name and {agent} yours.</source>
        <translation>Textos con los que empezar un mensaje, separados por |; {name} se sustituye por el nombre de quien llama y {agent} por el suyo.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="290"/>
        <source>&amp;Queue figures refresh (seconds)</source>
        <translation>Actualizar datos de las &amp;colas (segundos)</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="291"/>
        <source>How often the waiting calls and free agents are fetched while nothing happens; your calls and state changes fetch them at once.</source>
        <translation>Cada cuánto se consultan las llamadas en espera y los agentes libres mientras no pasa nada; sus llamadas y cambios de estado los consultan al momento.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="301"/>
        <source>Global shortcut: answer</source>
        <translation>Atajo global: contestar</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="302"/>
        <source>Answers the ringing call from any application; empty for none.</source>
        <translation>Contesta la llamada entrante desde cualquier aplicación; vacío para ninguno.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="308"/>
        <source>Global shortcut: hang up</source>
        <translation>Atajo global: colgar</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="309"/>
        <source>Hangs up the call from any application; empty for none.</source>
        <translation>Cuelga la llamada desde cualquier aplicación; vacío para ninguno.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="313"/>
        <source>Global shortcut: Ready or pause</source>
        <translation>Atajo global: Disponible o pausa</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="314"/>
        <source>Switches between Ready and your last pause from any application; empty for none.</source>
        <translation>Alterna entre Disponible y su última pausa desde cualquier aplicación; vacío para ninguno.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="321"/>
        <source>Global shortcut: call the selection</source>
        <translation>Atajo global: llamar a la selección</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="322"/>
        <source>Calls the phone number in the text selected in any application; empty for none.</source>
        <translation>Llama al número de teléfono del texto seleccionado en cualquier aplicación; vacío para ninguno.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="329"/>
        <source>Global shortcut: show or hide</source>
        <translation>Atajo global: mostrar u ocultar</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="330"/>
        <source>Shows or hides the AgentDesk window; empty for none.</source>
        <translation>Muestra u oculta la ventana de AgentDesk; vacío para ninguno.</translation>
    </message>
</context>
<context>
    <name>CallAnnouncements</name>
    <message>
        <location filename="../ui/call_announcements.py" line="83"/>
        <source>Incoming call from %1, queue %2</source>
        <translation>Llamada entrante de %1, cola %2</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="85"/>
        <source>Incoming call from %1</source>
        <translation>Llamada entrante de %1</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="96"/>
        <source>The call from %1 stopped ringing.</source>
        <translation>La llamada de %1 dejó de sonar.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="98"/>
        <source>The call with %1 has ended.</source>
        <translation>La llamada con %1 ha terminado.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="104"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="105"/>
        <source>an unknown number</source>
        <translation>un número desconocido</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="113"/>
        <source>Connected to %1 again.</source>
        <translation>Conectado de nuevo a %1.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="118"/>
        <source>The connection to %1 is lost; reconnecting.</source>
        <translation>Se perdió la conexión con %1; reconectando.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="120"/>
        <source>The connection to %1 is lost.</source>
        <translation>Se perdió la conexión con %1.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="140"/>
        <source>You were put on pause.</source>
        <translation>Te han puesto en pausa.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="141"/>
        <source>You were put on pause: %1.</source>
        <translation>Te han puesto en pausa: %1.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="143"/>
        <source>You are ready for calls.</source>
        <translation>Estás disponible para recibir llamadas.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="145"/>
        <source>You were signed out of %1.</source>
        <translation>Se ha cerrado tu sesión en %1.</translation>
    </message>
</context>
<context>
    <name>CallNotifications</name>
    <message>
        <location filename="../ui/call_notifications.py" line="72"/>
        <location filename="../ui/call_notifications.py" line="103"/>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="72"/>
        <source>Incoming call: %1</source>
        <translation>Llamada entrante: %1</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="94"/>
        <location filename="../ui/call_notifications.py" line="119"/>
        <source>Unknown number</source>
        <translation>Número desconocido</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="96"/>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="97"/>
        <location filename="../ui/call_notifications.py" line="114"/>
        <source>Show AgentDesk</source>
        <translation>Mostrar AgentDesk</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="99"/>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="101"/>
        <location filename="../ui/call_notifications.py" line="116"/>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="118"/>
        <source>On a call</source>
        <translation>En llamada</translation>
    </message>
</context>
<context>
    <name>CallerCard</name>
    <message>
        <location filename="../ui/caller_card.py" line="76"/>
        <location filename="../ui/caller_card.py" line="187"/>
        <source>No call</source>
        <translation>Sin llamada</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="97"/>
        <source>&amp;Answer</source>
        <translation>&amp;Contestar</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="100"/>
        <source>&amp;Hang up</source>
        <translation>C&amp;olgar</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="103"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="105"/>
        <source>Transfer the call</source>
        <translation>Transferir la llamada</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="107"/>
        <location filename="../ui/caller_card.py" line="317"/>
        <source>Cop&amp;y number</source>
        <translation>Co&amp;piar número</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="109"/>
        <source>Copy the number to the clipboard</source>
        <translation>Copiar el número al portapapeles</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="209"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="233"/>
        <source>INCOMING CALL</source>
        <translation>LLAMADA ENTRANTE</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="235"/>
        <source>OUTGOING CALL</source>
        <translation>LLAMADA SALIENTE</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="244"/>
        <source>Unknown number</source>
        <translation>Número desconocido</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="249"/>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="258"/>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="258"/>
        <source>Outgoing call</source>
        <translation>Llamada saliente</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="274"/>
        <source>Last spoke with %1 in %2, %3</source>
        <translation>Habló por última vez con %1 en la cola %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="277"/>
        <source>Last spoke with %1 in %2</source>
        <translation>Habló por última vez con %1 en la cola %2</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="280"/>
        <source>Last spoke with %1, %2</source>
        <translation>Habló por última vez con %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="283"/>
        <source>Last spoke with %1</source>
        <translation>Habló por última vez con %1</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="310"/>
        <source>Ringing %1</source>
        <translation>Sonando %1</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="311"/>
        <source>On call %1</source>
        <translation>En llamada %1</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="312"/>
        <source>On hold %1</source>
        <translation>En espera %1</translation>
    </message>
</context>
<context>
    <name>CallerCardWindow</name>
    <message>
        <location filename="../ui/caller_card_window.py" line="65"/>
        <source>Caller</source>
        <translation>Llamante</translation>
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
        <translation>Cerrar la ficha del llamante</translation>
    </message>
</context>
<context>
    <name>CallerFlagsPanel</name>
    <message>
        <location filename="../ui/caller_flags.py" line="37"/>
        <source>VIP caller</source>
        <translation>Cliente VIP</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="39"/>
        <source>On the block list</source>
        <translation>En la lista de bloqueo</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="42"/>
        <location filename="../ui/caller_flags.py" line="96"/>
        <source>&amp;Block this caller…</source>
        <translation>&amp;Bloquear a quien llama…</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="44"/>
        <location filename="../ui/caller_flags.py" line="99"/>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="56"/>
        <source>Caller lists</source>
        <translation>Listas de llamantes</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="109"/>
        <source>Block this caller</source>
        <translation>Bloquear a quien llama</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="112"/>
        <source>Put %1 on the call centre&apos;s block list? Its calls will not reach anyone.</source>
        <translation>¿Añadir %1 a la lista de bloqueo del centro de llamadas? Sus llamadas no llegarán a nadie.</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="149"/>
        <source>%1 is blocked.</source>
        <translation>%1 está bloqueado.</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="151"/>
        <source>%1 is unblocked.</source>
        <translation>%1 está desbloqueado.</translation>
    </message>
</context>
<context>
    <name>Capability</name>
    <message>
        <location filename="../ui/capability_text.py" line="16"/>
        <source>Live state and calls</source>
        <translation>Estado y llamadas en vivo</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="17"/>
        <source>Pauses</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="18"/>
        <source>Dialling</source>
        <translation>Marcación</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="19"/>
        <source>Cancelling a queued call</source>
        <translation>Cancelar una llamada en cola</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="22"/>
        <source>Answering</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="23"/>
        <source>Hanging up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="24"/>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="25"/>
        <source>Wrap-up forms</source>
        <translation>Formularios de cierre de llamada</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="26"/>
        <source>Recent calls</source>
        <translation>Llamadas recientes</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="27"/>
        <source>Recordings</source>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="28"/>
        <source>Queue figures</source>
        <translation>Datos de las colas</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="29"/>
        <source>Queue log-in</source>
        <translation>Entrada en las colas</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="30"/>
        <source>Caller details</source>
        <translation>Datos del llamante</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="31"/>
        <source>My day</source>
        <translation>Mi día</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="32"/>
        <source>VIP and block lists</source>
        <translation>Listas VIP y de bloqueo</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="33"/>
        <source>Blocking callers</source>
        <translation>Bloqueo de llamantes</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="34"/>
        <source>Text messages</source>
        <translation>Mensajes de texto</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="35"/>
        <source>Colleagues</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="36"/>
        <source>Picking up waiting callers</source>
        <translation>Atender a quienes esperan en cola</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="39"/>
        <source>Logging in to the call centre</source>
        <translation>Inicio de sesión en el centro de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="42"/>
        <source>Logging out of the call centre</source>
        <translation>Cierre de sesión en el centro de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="45"/>
        <source>Phone status</source>
        <translation>Estado del teléfono</translation>
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
        <translation>Llamar al número del portapapeles</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="72"/>
        <source>Finds a phone number in the copied text and calls it</source>
        <translation>Busca un número de teléfono en el texto copiado y llama a ese número</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="76"/>
        <source>Call the selected number</source>
        <translation>Llamar al número seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="78"/>
        <source>Finds a phone number in the text selected in any application and calls it</source>
        <translation>Busca un número de teléfono en el texto seleccionado en cualquier aplicación y lo llama</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="111"/>
        <source>The clipboard holds no phone number.</source>
        <translation>El portapapeles no contiene ningún número de teléfono.</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="123"/>
        <source>The selected text holds no phone number.</source>
        <translation>El texto seleccionado no contiene ningún número de teléfono.</translation>
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
        <translation>%1 — %2 · ext. %3</translation>
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
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="123"/>
        <source>The company relay refused this computer&apos;s relay token: it was revoked or is wrong, so calls do not reach AgentDesk. Ask your supervisor for a new relay token and enter it in Settings.</source>
        <translation>El relé de la empresa rechazó el token del relé de este equipo: fue revocado o es incorrecto, así que las llamadas no llegan a AgentDesk. Pida a su supervisor un nuevo token del relé e introdúzcalo en Configuración.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="136"/>
        <source>Webhooks at %1:</source>
        <translation>Webhooks en %1:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="138"/>
        <source>%1 accepted, %2 refused for a wrong secret, %3 unknown or malformed</source>
        <translation>%1 aceptados, %2 rechazados por un secreto incorrecto, %3 desconocidos o mal formados</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/connection_indicator.py" line="141"/>
        <source>%n connections timed out, dropped or turned away</source>
        <translation>
            <numerusform>%n conexión agotó el tiempo, se cortó o fue rechazada</numerusform>
            <numerusform>%n conexiones agotaron el tiempo, se cortaron o fueron rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="143"/>
        <source>Hidden with this profile:</source>
        <translation>Oculto con este perfil:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="148"/>
        <source>Calls come through the company relay at %1</source>
        <translation>Las llamadas llegan por el relé de la empresa en %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="152"/>
        <source>Relay stream: %1</source>
        <translation>Flujo del relé: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="153"/>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="154"/>
        <source>Last event: %1; reconnections: %2</source>
        <translation>Último evento: %1; reconexiones: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="159"/>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="161"/>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="164"/>
        <source>reconnecting…</source>
        <translation>reconectando…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="165"/>
        <source>reconnecting in %1 s</source>
        <translation>reconexión en %1 s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="201"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="203"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="205"/>
        <source>Authentication failed</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="207"/>
        <source>Cannot connect: check the profile</source>
        <translation>No se puede conectar: revisa el perfil</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="209"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="211"/>
        <location filename="../ui/widgets/connection_indicator.py" line="217"/>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="215"/>
        <source>Reconnecting in %1 s</source>
        <translation>Reconexión en %1 s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="224"/>
        <source>Connected through the relay</source>
        <translation>Conectado a través del relé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="227"/>
        <source>The relay refused this desk: ask for a new token</source>
        <translation>El relé rechazó este puesto: pida un nuevo token</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="231"/>
        <source>Connected; relay %1</source>
        <translation>Conectado; relé: %1</translation>
    </message>
</context>
<context>
    <name>ContactsImport</name>
    <message>
        <location filename="../ui/contacts_import.py" line="25"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged, %5 lines skipped.</source>
        <translation>Importación de %1: nuevos %2, actualizados %3, sin cambios %4, líneas omitidas %5.</translation>
    </message>
</context>
<context>
    <name>ContactsImporter</name>
    <message>
        <location filename="../ui/contacts_import.py" line="60"/>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location filename="../ui/contacts_import.py" line="62"/>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Contactos (*.csv *.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/contacts_import.py" line="85"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>DialBar</name>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="74"/>
        <source>Number or contact to call</source>
        <translation>Número o contacto al que llamar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="75"/>
        <source>Number to call</source>
        <translation>Número a marcar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="80"/>
        <source>Ca&amp;ll</source>
        <translation>Lla&amp;mar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="187"/>
        <source>Type a number to call.</source>
        <translation>Escribe un número para llamar.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="189"/>
        <source>“%1” has no digits.</source>
        <translation>“%1” no contiene dígitos.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="192"/>
        <source>“%1” is not a phone number: use digits, optionally starting with +.</source>
        <translation>“%1” no es un número de teléfono: usa dígitos, opcionalmente con + al principio.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="195"/>
        <source>“%1” is not a phone number: check the number of digits and the country code.</source>
        <translation>“%1” no es un número de teléfono: revisa la cantidad de dígitos y el código de país.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="211"/>
        <source>Internal number %1</source>
        <translation>Número interno %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="218"/>
        <source>Will call %1 · %2</source>
        <translation>Se llamará al %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="220"/>
        <source>Will call %1</source>
        <translation>Se llamará al %1</translation>
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
        <translation>No puedes llamar ahora: %1.</translation>
    </message>
</context>
<context>
    <name>DialConfirm</name>
    <message>
        <location filename="../ui/dial_confirm.py" line="35"/>
        <source>Call the selected number</source>
        <translation>Llamar al número seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="39"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="57"/>
        <source>Call %1?</source>
        <translation>¿Llamar al %1?</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="59"/>
        <source>Which number do you want to call?</source>
        <translation>¿A qué número quiere llamar?</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="61"/>
        <source>&amp;Call</source>
        <translation>&amp;Llamar</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="63"/>
        <source>Call %1</source>
        <translation>Llamar al %1</translation>
    </message>
</context>
<context>
    <name>DialTaskBar</name>
    <message>
        <location filename="../ui/widgets/dial_task_bar.py" line="26"/>
        <source>Cancel the call</source>
        <translation>Cancelar la llamada</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_task_bar.py" line="27"/>
        <source>Cancel the queued call</source>
        <translation>Cancelar la llamada en cola</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_task_bar.py" line="41"/>
        <source>Call to %1 queued (task %2).</source>
        <translation>Llamada al %1 en cola (tarea %2).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ui/commands.py" line="38"/>
        <source>the call centre</source>
        <translation>el centro de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="45"/>
        <source>%1 said: %2</source>
        <translation>%1 respondió: %2</translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="47"/>
        <source>%1 refused the sign-in; check the secret in your profile.</source>
        <translation>%1 rechazó el inicio de sesión; revisa la clave secreta del perfil.</translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="54"/>
        <source>Not available with %1.</source>
        <translation>No disponible con %1.</translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="56"/>
        <source>Could not reach %1; please try again in a moment.</source>
        <translation>No se pudo contactar con %1; inténtalo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <location filename="../ui/excepthook.py" line="22"/>
        <source>Something went wrong; details are in the log.</source>
        <translation>Algo salió mal; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/settings_general.py" line="173"/>
        <source>Settings status</source>
        <translation>Estado de la configuración</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="174"/>
        <source>&amp;Save</source>
        <translation>Gua&amp;rdar</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="175"/>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="177"/>
        <source>Re&amp;vert</source>
        <translation>Descar&amp;tar cambios</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="178"/>
        <source>Undo the changes not saved</source>
        <translation>Deshacer los cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="229"/>
        <source>“%1” is not a valid value for %2.</source>
        <translation>“%1” no es un valor válido para “%2”.</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="247"/>
        <source>The settings were not saved: %1</source>
        <translation>No se guardó la configuración: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="251"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="257"/>
        <source>Settings saved, but starting at login was not changed: %1</source>
        <translation>Configuración guardada, pero el inicio con la sesión no se cambió: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/history_model.py" line="130"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="131"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="132"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="133"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="134"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="135"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="136"/>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="139"/>
        <source>↙ In</source>
        <translation>↙ Entrante</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="140"/>
        <source>↗ Out</source>
        <translation>↗ Saliente</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="141"/>
        <source>✕ Missed</source>
        <translation>✕ Perdida</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="309"/>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="311"/>
        <source>Outgoing call</source>
        <translation>Llamada saliente</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="313"/>
        <source>Missed incoming call</source>
        <translation>Llamada entrante perdida</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="315"/>
        <source>Outgoing call, not answered</source>
        <translation>Llamada saliente sin respuesta</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="326"/>
        <source>Talked %1, waited %2</source>
        <translation>Conversación %1, espera %2</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="331"/>
        <source>Double-click to play the recording</source>
        <translation>Doble clic para reproducir la grabación</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/history_view.py" line="132"/>
        <location filename="../ui/history_view.py" line="133"/>
        <source>Filter by number or name</source>
        <translation>Filtrar por número o nombre</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="137"/>
        <source>Which calls</source>
        <translation>Qué llamadas</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="139"/>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="140"/>
        <source>Incoming</source>
        <translation>Entrantes</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="141"/>
        <source>Outgoing</source>
        <translation>Salientes</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="142"/>
        <source>Missed</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="146"/>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="172"/>
        <source>Recent calls</source>
        <translation>Llamadas recientes</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="178"/>
        <source>&amp;Call back</source>
        <translation>&amp;Devolver la llamada</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="184"/>
        <location filename="../ui/history_view.py" line="198"/>
        <source>&amp;Play recording</source>
        <translation>Re&amp;producir grabación</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="186"/>
        <source>C&amp;opy number</source>
        <translation>&amp;Copiar número</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="199"/>
        <source>Play the recording of the chosen call</source>
        <translation>Reproducir la grabación de la llamada elegida</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="201"/>
        <source>Call &amp;back</source>
        <translation>&amp;Devolver la llamada</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="329"/>
        <source>Fetching the recording of %1…</source>
        <translation>Descargando la grabación de %1…</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="336"/>
        <source>d MMM HH:mm</source>
        <translation>d MMM HH:mm</translation>
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
        <translation>No se pudo descargar la grabación.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="379"/>
        <source>The recording could not be saved on this computer: %1</source>
        <translation>No se pudo guardar la grabación en este equipo: %1</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="465"/>
        <source>Call history is not available with %1.</source>
        <translation>El historial de llamadas no está disponible con %1.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="466"/>
        <source>this call centre</source>
        <translation>este centro de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="469"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="476"/>
        <source>No calls since %1.</source>
        <translation>No hay llamadas desde el %1.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="478"/>
        <source>Calls: %1</source>
        <translation>Llamadas: %1</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="480"/>
        <source>No calls match the filter.</source>
        <translation>Ninguna llamada coincide con el filtro.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="481"/>
        <source>Calls: %1 of %2</source>
        <translation>Llamadas: %1 de %2</translation>
    </message>
</context>
<context>
    <name>LoggedOutBar</name>
    <message>
        <location filename="../ui/shift_wiring.py" line="34"/>
        <source>You are not logged in to the call centre.</source>
        <translation>No has iniciado sesión en el centro de llamadas.</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="36"/>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="37"/>
        <source>Log in to the call centre</source>
        <translation>Iniciar sesión en el centro de llamadas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/session_wiring.py" line="93"/>
        <location filename="../ui/main_window.py" line="167"/>
        <location filename="../ui/main_window.py" line="170"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="235"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="236"/>
        <source>Recent calls</source>
        <translation>Llamadas recientes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="437"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="459"/>
        <location filename="../ui/main_window.py" line="461"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="460"/>
        <source>AgentDesk could not start</source>
        <translation>AgentDesk no pudo iniciarse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="462"/>
        <source>Open Settings…</source>
        <translation>Abrir la configuración…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="475"/>
        <source>Not connected yet</source>
        <translation>Aún sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="529"/>
        <source>Unsaved wrap-up</source>
        <translation>Cierre de llamada sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="530"/>
        <source>The wrap-up of the last call is not saved. Quit anyway?</source>
        <translation>El cierre de la última llamada no está guardado. ¿Salir de todos modos?</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/widgets/message_banner.py" line="34"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/message_banner.py" line="35"/>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>MissedCallsTab</name>
    <message>
        <location filename="../ui/missed_calls_tab.py" line="45"/>
        <location filename="../ui/missed_calls_tab.py" line="76"/>
        <source>Missed calls</source>
        <translation>Llamadas perdidas</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_tab.py" line="77"/>
        <source>Missed calls (%1)</source>
        <translation>Llamadas perdidas (%1)</translation>
    </message>
</context>
<context>
    <name>MissedCallsView</name>
    <message>
        <location filename="../ui/missed_calls_view.py" line="49"/>
        <source>Missed calls</source>
        <translation>Llamadas perdidas</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="51"/>
        <source>No missed calls.</source>
        <translation>No hay llamadas perdidas.</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="53"/>
        <source>&amp;Call back</source>
        <translation>&amp;Devolver la llamada</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="55"/>
        <source>C&amp;lear the list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="121"/>
        <source>d MMM HH:mm</source>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="122"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
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
        <translation>Configura la opción de perfil %1 para ofrecer pausas.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="18"/>
        <source>Set the profile option %1 to dial from AgentDesk.</source>
        <translation>Configura la opción de perfil %1 para llamar desde AgentDesk.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="21"/>
        <source>Set the profile option %1 to take back a dial.</source>
        <translation>Configura la opción de perfil %1 para cancelar una llamada en cola.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="24"/>
        <source>Set the profile option %1 to offer a wrap-up after calls.</source>
        <translation>Configura la opción de perfil %1 para ofrecer el cierre tras las llamadas.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="27"/>
        <source>Set the profile option %1 to see calls while they ring.</source>
        <translation>Configura la opción de perfil %1 para ver las llamadas mientras suenan.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="31"/>
        <source>Set the profile option %1 to use this.</source>
        <translation>Configura la opción de perfil %1 para usar esta función.</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="33"/>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="37"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="38"/>
        <source>Dismiss the offer</source>
        <translation>Ocultar la sugerencia</translation>
    </message>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="60"/>
        <source>Call %1?</source>
        <translation>¿Llamar a %1?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="61"/>
        <source>Call %1</source>
        <translation>Llamar al %1</translation>
    </message>
</context>
<context>
    <name>OptionHint</name>
    <message>
        <location filename="../ui/widgets/option_hint.py" line="30"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <location filename="../ui/outbox_status.py" line="58"/>
        <source>%1 refused a saved wrap-up: %2</source>
        <translation>%1 rechazó un cierre guardado: %2</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="61"/>
        <source>%1 refused a saved wrap-up, which may have reached it before AgentDesk closed: %2</source>
        <translation>%1 rechazó un cierre guardado, que quizá le llegó antes de que AgentDesk se cerrara: %2</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="66"/>
        <source>%1 said: %2</source>
        <translation>%1 respondió: %2</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="68"/>
        <source>A saved wrap-up was not sent: %1</source>
        <translation>Un cierre de llamada guardado no se envió: %1</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="75"/>
        <source>1 wrap-up waiting to be sent</source>
        <translation>1 cierre pendiente de envío</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/outbox_status.py" line="77"/>
        <source>%n wrap-ups waiting to be sent</source>
        <translation>
            <numerusform>%n cierre pendiente de envío</numerusform>
            <numerusform>%n cierres pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="81"/>
        <source>1 wrap-up refused by %1</source>
        <translation>1 cierre rechazado por %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/outbox_status.py" line="83"/>
        <source>%n wrap-ups refused by %1</source>
        <translation>
            <numerusform>%n cierre rechazado por %1</numerusform>
            <numerusform>%n cierres rechazados por %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="85"/>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="89"/>
        <source>Saved on this computer; AgentDesk sends them as soon as it can.</source>
        <translation>Guardado en este equipo; AgentDesk los enviará en cuanto pueda.</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="107"/>
        <source>Refused wrap-ups</source>
        <translation>Cierres rechazados</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="110"/>
        <source>%1 refused these saved wrap-ups. Enter them in %1 again, then discard.</source>
        <translation>%1 rechazó estos cierres guardados. Vuelve a introducirlos en %1 y después descártalos.</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="120"/>
        <source>Discard them</source>
        <translation>Descartarlos</translation>
    </message>
</context>
<context>
    <name>PauseSelector</name>
    <message>
        <location filename="../ui/widgets/pause_selector.py" line="45"/>
        <source>Choose a status…</source>
        <translation>Elige un estado…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pause_selector.py" line="53"/>
        <source>&amp;Status:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pause_selector.py" line="106"/>
        <source>Ready</source>
        <translation>Disponible</translation>
    </message>
</context>
<context>
    <name>PhoneWarning</name>
    <message>
        <location filename="../ui/phone_warning.py" line="53"/>
        <source>Your phone, extension %1, is not reachable: calls cannot ring</source>
        <translation>Tu teléfono, extensión %1, no está disponible: las llamadas no pueden sonar</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="100"/>
        <source>e.g. Work</source>
        <translation>p. ej., Trabajo</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="108"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="109"/>
        <source>Choose the login from the PBX&apos;s users</source>
        <translation>Elegir el usuario entre los de la centralita</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="111"/>
        <location filename="../ui/settings_profile_editor.py" line="348"/>
        <source>Your login name</source>
        <translation>Tu nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="113"/>
        <source>Optional, e.g. 201</source>
        <translation>Opcional, p. ej., 201</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="116"/>
        <source>Make this the &amp;default profile</source>
        <translation>Usar como perfil pre&amp;determinado</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="119"/>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="119"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="132"/>
        <source>Add &amp;option</source>
        <translation>&amp;Añadir opción</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="136"/>
        <source>Re&amp;move option</source>
        <translation>&amp;Quitar opción</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="143"/>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="145"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="147"/>
        <source>&amp;Save</source>
        <translation>Gua&amp;rdar</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="169"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="169"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="170"/>
        <source>&amp;Vendor</source>
        <translation>Pro&amp;veedor</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="170"/>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="171"/>
        <source>&amp;URL</source>
        <translation>UR&amp;L</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="171"/>
        <source>Call centre address</source>
        <translation>Dirección del centro de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="172"/>
        <source>Us&amp;er</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="172"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="173"/>
        <source>E&amp;xtension</source>
        <translation>&amp;Extensión</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="173"/>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="174"/>
        <source>Sec&amp;ret</source>
        <translation>Clave &amp;secreta</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="174"/>
        <source>Secret</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="178"/>
        <location filename="../ui/settings_profile_editor.py" line="205"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="179"/>
        <source>Make this the default profile</source>
        <translation>Usar como perfil predeterminado</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="180"/>
        <source>Add an option</source>
        <translation>Añadir una opción</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="181"/>
        <source>Remove the selected option</source>
        <translation>Quitar la opción seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="182"/>
        <source>Test the connection with these fields</source>
        <translation>Probar la conexión con estos datos</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="183"/>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="184"/>
        <source>Save the profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="185"/>
        <source>Problem with the profile</source>
        <translation>Problema con el perfil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="253"/>
        <source>Edit profile “%1”</source>
        <translation>Editar el perfil “%1”</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="255"/>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="265"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Déjalo vacío para conservar la clave secreta guardada</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="267"/>
        <source>Access token or password</source>
        <translation>Token de acceso o contraseña</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="270"/>
        <source>The secret is kept in your system&apos;s keyring, never in a file.</source>
        <translation>La clave secreta se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="292"/>
        <source>Give the profile a name: letters, digits, spaces, - and _ (up to 40).</source>
        <translation>Pon un nombre al perfil: letras, dígitos, espacios, - y _ (hasta 40).</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="297"/>
        <source>The URL is the call centre&apos;s address, starting with https://.</source>
        <translation>La URL es la dirección del centro de llamadas y empieza por https://.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="301"/>
        <source>Fill in the user you sign in with.</source>
        <translation>Indica el usuario con el que inicias sesión.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="306"/>
        <source>Type the secret: it is stored under the profile&apos;s name.</source>
        <translation>Escribe la clave secreta: se guarda con el nombre del perfil.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="308"/>
        <source>Type the secret (access token or password).</source>
        <translation>Escribe la clave secreta (token de acceso o contraseña).</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="336"/>
        <source>Option %1 takes one of: %2.</source>
        <translation>La opción %1 admite uno de estos valores: %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="341"/>
        <source>Option %1: %2</source>
        <translation>Opción %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="317"/>
        <source>Option %1 is not a usable screen pop: %2.</source>
        <translation>La opción %1 no sirve para abrir el CRM: %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="508"/>
        <source>Other…</source>
        <translation>Otra…</translation>
    </message>
</context>
<context>
    <name>ProfileOptions</name>
    <message>
        <location filename="../backends/daktela/spec.py" line="40"/>
        <source>The newest Daktela API version your installation serves (4.1, 4.0, 3.9...): what needs a newer one is hidden</source>
        <translation>La versión más reciente de la API de Daktela que sirve su instalación (4.1, 4.0, 3.9...): lo que necesita una más nueva se oculta</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="49"/>
        <source>token: the secret is an access token; password: it is the agent&apos;s password</source>
        <translation>token: la clave secreta es un token de acceso; password: es la contraseña del agente</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="58"/>
        <source>The queue outgoing calls go through (its ID)</source>
        <translation>La cola por la que salen las llamadas (su ID)</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="63"/>
        <source>The call centre&apos;s time zone, e.g. Europe/Prague</source>
        <translation>La zona horaria del centro de llamadas, p. ej., Europe/Prague</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="68"/>
        <source>The call-script field that takes the wrap-up note</source>
        <translation>Campo del formulario que recibe la nota</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="75"/>
        <source>The company relay&apos;s address, e.g. https://relay.example.com: the queue figures come from it (empty: this computer asks Daktela for them)</source>
        <translation>La dirección del relé de la empresa, p. ej. https://relay.example.com: los datos de las colas llegan de él (vacío: este ordenador se los pide a Daktela él mismo)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="41"/>
        <source>(from the API token)</source>
        <translation>(del token de la API)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="44"/>
        <source>In Oki-Toki&apos;s Events and Integrations, post call events to %1 with the parameters event, session_id, phone, direction, queue, contact_name, user_id, status_id, away_status_id.</source>
        <translation>En Eventos e integraciones de Oki-Toki, envía los eventos de llamada a %1 con los parámetros event, session_id, phone, direction, queue, contact_name, user_id, status_id, away_status_id.</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="59"/>
        <source>Your user number</source>
        <translation>Tu número de usuario</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="71"/>
        <source>The company&apos;s statuses, STATUS:TITLE, the Ready one marked :ready</source>
        <translation>Estados de la empresa, ESTADO:TÍTULO, el de Disponible marcado :ready</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="79"/>
        <source>The dialer that places click-to-call tasks (its ID)</source>
        <translation>El marcador que crea las tareas de llamada (su ID)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="86"/>
        <source>The List of VIP callers (its ID), flagged on the caller card</source>
        <translation>La lista de clientes VIP (su ID), señalados en la ficha de quien llama</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="93"/>
        <source>The blacklist (its ID), flagged on the caller card</source>
        <translation>La lista negra (su ID), señalada en la ficha de quien llama</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="100"/>
        <source>Call outcomes for the wrap-up, VALUE:TITLE</source>
        <translation>Resultados de la llamada para el cierre, VALOR:TÍTULO</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="105"/>
        <source>Extra wrap-up fields, NAME:TITLE[:KIND]</source>
        <translation>Campos adicionales del cierre, NOMBRE:TÍTULO[:TIPO]</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="110"/>
        <source>Port of AgentDesk&apos;s receiver for live calls (empty: none)</source>
        <translation>Puerto del receptor de AgentDesk para llamadas en vivo (vacío: ninguno)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="117"/>
        <source>Address the receiver listens on</source>
        <translation>Dirección en la que escucha el receptor</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="122"/>
        <source>The secret Oki-Toki sends with its webhooks (empty: one derived from the API token)</source>
        <translation>El secreto que Oki-Toki envía con sus webhooks (vacío: uno derivado del token de la API)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="132"/>
        <source>The address Oki-Toki reaches the receiver at, if another</source>
        <translation>La dirección por la que Oki-Toki llega al receptor, si es otra</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="139"/>
        <source>How the call log is fetched</source>
        <translation>Cómo se obtiene el registro de llamadas</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="145"/>
        <source>How often the call log is read while idle, in seconds; four times as often during a call, half as often while the window is hidden</source>
        <translation>Cada cuánto se lee el registro de llamadas en reposo, en segundos; cuatro veces más a menudo durante una llamada, la mitad con la ventana oculta</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="154"/>
        <source>The call centre&apos;s time zone, e.g. Europe/Kyiv</source>
        <translation>Zona horaria del centro de llamadas, p. ej. Europe/Kyiv</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="28"/>
        <source>password: the secret is the agent&apos;s password; token: a portal API token</source>
        <translation>password: la clave es la contraseña del agente; token: un token de API del portal</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="37"/>
        <source>The agent&apos;s campaign, e.g. Soporte&lt;-</source>
        <translation>La campaña del agente, p. ej. Soporte&lt;-</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="42"/>
        <source>The outbound campaign click-to-call uses, e.g. Ventas-&gt;</source>
        <translation>La campaña saliente para marcar, p. ej. Ventas-&gt;</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="49"/>
        <source>uContact&apos;s breaks, MOTIVE[:TITLE][:wrap]</source>
        <translation>Descansos de uContact, MOTIVO[:TÍTULO][:wrap]</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="54"/>
        <source>The disposition tree: paths L1&gt;L2&gt;L3, alternatives with |</source>
        <translation>El árbol de tipificaciones: rutas L1&gt;L2&gt;L3, alternativas con |</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="61"/>
        <source>Extra data asked in the wrap-up: d1:TITLE,d2:TITLE</source>
        <translation>Datos adicionales en el cierre: d1:TÍTULO,d2:TÍTULO</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="68"/>
        <source>The telephony host holding recordings</source>
        <translation>El servidor de telefonía con las grabaciones</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="73"/>
        <source>The recordings backup host</source>
        <translation>El servidor de respaldo de grabaciones</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="79"/>
        <source>The number calls you dial go out with (empty: the outbound campaign&apos;s own)</source>
        <translation>El número con el que salen las llamadas que marcas (vacío: el de la campaña saliente)</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="84"/>
        <source>AgentCall&apos;s technology</source>
        <translation>Tecnología de AgentCall</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="85"/>
        <source>The agent&apos;s dial context</source>
        <translation>El contexto de marcación del agente</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="89"/>
        <source>The instance&apos;s time zone, e.g. America/Montevideo</source>
        <translation>La zona horaria de la instancia, p. ej. America/Montevideo</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="40"/>
        <source>In the PBX&apos;s CRM integration, set the CRM address to %1 (as your network makes it reachable) and its token to this profile&apos;s crm_token. The PBX runs in the cloud: publish this address through your company&apos;s reverse proxy or VPN.</source>
        <translation>En la integración con el CRM de la centralita, pon la dirección del CRM en %1 (tal como tu red la haga accesible) y el token en el crm_token de este perfil. La centralita está en la nube: publica esta dirección a través del proxy inverso o la VPN de tu empresa.</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="66"/>
        <source>The token the PBX sends with its webhooks (empty: no live calls)</source>
        <translation>El token que la centralita envía con sus webhooks (vacío: sin llamadas en vivo)</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="75"/>
        <source>host:port of AgentDesk&apos;s receiver for the PBX</source>
        <translation>host:puerto del receptor de AgentDesk para la centralita</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="78"/>
        <source>Path of the receiver</source>
        <translation>Ruta del receptor</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="83"/>
        <source>How often DND and the history are read while idle, in seconds; four times as often during a call, half as often while the window is hidden</source>
        <translation>Cada cuánto se leen el modo No molestar y el historial en reposo, en segundos; cuatro veces más a menudo durante una llamada, la mitad con la ventana oculta</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="92"/>
        <source>Show calls between colleagues in Recent calls</source>
        <translation>Mostrar las llamadas entre compañeros en Llamadas recientes</translation>
    </message>
    <message>
        <location filename="../vendors.py" line="34"/>
        <source>Opened when a call rings: a URL such as https://crm/search?phone={number_e164}, or a program and its arguments</source>
        <translation>Se abre cuando suena una llamada: una URL como https://crm/search?phone={number_e164}, o un programa y sus argumentos</translation>
    </message>
    <message>
        <location filename="../vendors.py" line="43"/>
        <source>Opened when a call is answered; variables: {number} {number_e164} {name} {queue} {call_id} {direction} {agent} {vendor}</source>
        <translation>Se abre al contestar una llamada; variables: {number} {number_e164} {name} {queue} {call_id} {direction} {agent} {vendor}</translation>
    </message>
    <message>
        <location filename="../vendors.py" line="52"/>
        <source>Opened when a call ends, e.g. https://crm/calls/{call_id}</source>
        <translation>Se abre al terminar una llamada, p. ej. https://crm/calls/{call_id}</translation>
    </message>
    <message>
        <location filename="../backends/relay_options.py" line="18"/>
        <source>The company relay&apos;s address, e.g. https://relay.example.com (empty: this computer receives the webhooks itself)</source>
        <translation>La dirección del relé de la empresa, p. ej. https://relay.example.com (vacío: este ordenador recibe los webhooks él mismo)</translation>
    </message>
    <message>
        <location filename="../backends/relay_options.py" line="28"/>
        <source>This agent&apos;s relay token (agentdesk relay add-agent prints it)</source>
        <translation>El token de este agente para el relé (lo muestra agentdesk relay add-agent)</translation>
    </message>
    <message>
        <location filename="../backends/relay_options.py" line="36"/>
        <source>A PEM file of the certificate authority that signed the relay&apos;s certificate, if not a public one (empty: the usual authorities)</source>
        <translation>Un archivo PEM de la autoridad de certificación que firmó el certificado del relé, si no es pública (vacío: las autoridades habituales)</translation>
    </message>
    <message>
        <location filename="../backends/relay_options.py" line="74"/>
        <source>Events come through the company relay %1: the vendor posts them there, and this computer needs no address of its own.</source>
        <translation>Los eventos llegan a través del relé de la empresa %1: el proveedor los envía allí y este equipo no necesita una dirección propia.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../ui/settings_profiles.py" line="110"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="116"/>
        <source>Profiles status</source>
        <translation>Estado de los perfiles</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="128"/>
        <source>Sa&amp;ved profiles</source>
        <translation>Perfi&amp;les guardados</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="130"/>
        <source>Saved profiles</source>
        <translation>Perfiles guardados</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="135"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="136"/>
        <source>Add a profile</source>
        <translation>Añadir un perfil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="138"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="139"/>
        <source>Edit the selected profile</source>
        <translation>Editar el perfil seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="141"/>
        <source>De&amp;lete</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="142"/>
        <source>Delete the selected profile</source>
        <translation>Eliminar el perfil seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="144"/>
        <source>Make &amp;default</source>
        <translation>Usar como pre&amp;determinado</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="145"/>
        <source>Make the selected profile the default</source>
        <translation>Usar el perfil seleccionado como predeterminado</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="148"/>
        <source>Test the selected profile&apos;s connection</source>
        <translation>Probar la conexión del perfil seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="201"/>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="215"/>
        <source>No profiles yet: press Add to create one.</source>
        <translation>Aún no hay perfiles: pulsa Añadir para crear uno.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="260"/>
        <source>The keyring cannot say which secret options it keeps: %1</source>
        <translation>El llavero no puede decir qué opciones secretas guarda: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="299"/>
        <source>Profile “%1” saved.</source>
        <translation>Perfil “%1” guardado.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="308"/>
        <source>Profile “%1” saved, but not its secret: %2</source>
        <translation>Perfil “%1” guardado, pero no su clave secreta: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="317"/>
        <source>The keyring could not take its secret options, so they stay in the profiles file until it can: %1</source>
        <translation>El llavero no pudo guardar sus opciones secretas, así que se quedan en el archivo de perfiles hasta que pueda: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="330"/>
        <source>The keyring still keeps %1: %2</source>
        <translation>El llavero todavía guarda %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="349"/>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="350"/>
        <source>Delete the profile “%1”?</source>
        <translation>¿Eliminar el perfil “%1”?</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="370"/>
        <source>Profile “%1” deleted.</source>
        <translation>Perfil “%1” eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="379"/>
        <source>“%1” is now the default profile.</source>
        <translation>“%1” es ahora el perfil predeterminado.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="429"/>
        <source>Fill in the URL first.</source>
        <translation>Primero rellena la URL.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="432"/>
        <source>Asking %1 for its users…</source>
        <translation>Pidiendo sus usuarios a %1…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="447"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="453"/>
        <source>No users</source>
        <translation>Sin usuarios</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="461"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="480"/>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="491"/>
        <source>Connected: agent %1, state %2.</source>
        <translation>Conectado: agente %1, estado %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="498"/>
        <source>The call centre refused the secret.</source>
        <translation>El centro de llamadas rechazó la clave secreta.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="500"/>
        <source>It said: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="503"/>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede contactar con %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="505"/>
        <source>The call centre said: %1</source>
        <translation>El centro de llamadas respondió: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="512"/>
        <source>Stop &amp;test</source>
        <translation>Detener prue&amp;ba</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="147"/>
        <location filename="../ui/settings_profiles.py" line="512"/>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
</context>
<context>
    <name>QueueMenu</name>
    <message>
        <location filename="../ui/queue_menu.py" line="21"/>
        <source>&amp;Queues</source>
        <translation>&amp;Colas</translation>
    </message>
    <message>
        <location filename="../ui/queue_menu.py" line="26"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/queue_menu.py" line="46"/>
        <source>No queues</source>
        <translation>Sin colas</translation>
    </message>
</context>
<context>
    <name>QueueStrip</name>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="103"/>
        <source>Refresh queue figures</source>
        <translation>Actualizar los datos de las colas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="108"/>
        <source>Queues…</source>
        <translation>Colas…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="124"/>
        <source>Queue figures</source>
        <translation>Datos de las colas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="242"/>
        <source>Not connected to the call centre.</source>
        <translation>Sin conexión con el centro de llamadas.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="254"/>
        <source>Updated at %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="269"/>
        <source>No queues</source>
        <translation>Sin colas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="281"/>
        <location filename="../ui/widgets/queue_strip.py" line="300"/>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="305"/>
        <source>%1 waiting · %2 ready</source>
        <translation>en espera: %1 · disponibles: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="309"/>
        <source>longest %1</source>
        <translation>espera máx. %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="332"/>
        <source>Could not get the queue figures: %1</source>
        <translation>No se pudieron obtener los datos de las colas: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="334"/>
        <source>%1 These figures are from %2.</source>
        <translation>%1 Estos datos son de las %2.</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../ui/recording_player.py" line="54"/>
        <source>No recording chosen</source>
        <translation>No hay ninguna grabación elegida</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="60"/>
        <source>Position in the recording</source>
        <translation>Posición en la grabación</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="66"/>
        <location filename="../ui/recording_player.py" line="67"/>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="70"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="170"/>
        <source>Recordings cannot be played on this computer (%1).</source>
        <translation>Las grabaciones no se pueden reproducir en este equipo (%1).</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="194"/>
        <source>This recording cannot be played: the file is not audio.</source>
        <translation>Esta grabación no se puede reproducir: el archivo no es de audio.</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="199"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="200"/>
        <source>This recording cannot be played: %1</source>
        <translation>Esta grabación no se puede reproducir: %1</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="232"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="232"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../ui/state_style.py" line="49"/>
        <source>Your call centre does not offer this</source>
        <translation>Tu centro de llamadas no ofrece esta función</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="52"/>
        <source>Your profile lacks an option this needs</source>
        <translation>A tu perfil le falta una opción necesaria para esto</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="55"/>
        <source>Not connected to the call centre</source>
        <translation>Sin conexión con el centro de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="58"/>
        <source>No call is ringing</source>
        <translation>No hay ninguna llamada entrante</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="59"/>
        <source>No call in progress</source>
        <translation>No hay ninguna llamada en curso</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="60"/>
        <source>Not during a call</source>
        <translation>No disponible durante una llamada</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="61"/>
        <source>You are not signed in to the call centre</source>
        <translation>No has iniciado sesión en el centro de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="64"/>
        <source>Already Ready</source>
        <translation>Ya en estado Disponible</translation>
    </message>
</context>
<context>
    <name>ScreenPopper</name>
    <message>
        <location filename="../ui/screen_pop.py" line="146"/>
        <source>Could not open the CRM for this call: check the screen pop settings.</source>
        <translation>No se pudo abrir el CRM para esta llamada: revise la configuración de apertura del CRM.</translation>
    </message>
</context>
<context>
    <name>SecretOption</name>
    <message>
        <location filename="../ui/secret_option_cells.py" line="51"/>
        <source>•••••• typed, kept in the keyring on Save</source>
        <translation>•••••• escrito, se guardará en el llavero al guardar</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="55"/>
        <source>•••••• kept in the keyring</source>
        <translation>•••••• guardado en el llavero</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="57"/>
        <source>•••••• in the profiles file until the keyring can take it</source>
        <translation>•••••• en el archivo de perfiles hasta que el llavero pueda guardarlo</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="65"/>
        <source>Double-click to type a new value; it is kept in the keyring, never shown.</source>
        <translation>Haz doble clic para escribir un valor nuevo; se guarda en el llavero y nunca se muestra.</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="105"/>
        <source>Leave empty to keep the stored value</source>
        <translation>Déjalo vacío para conservar el valor guardado</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="107"/>
        <source>Type the value</source>
        <translation>Escribe el valor</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="109"/>
        <source>Secret value</source>
        <translation>Valor secreto</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../ui/secrets_text.py" line="14"/>
        <source>The keyring is locked (or has no default collection): unlock it or set AGENTDESK_SECRET.</source>
        <translation>El llavero está bloqueado (o no tiene colección predeterminada): desbloquéelo o defina AGENTDESK_SECRET.</translation>
    </message>
    <message>
        <location filename="../ui/secrets_text.py" line="20"/>
        <source>The keyring did not answer: check that it runs, or set AGENTDESK_SECRET.</source>
        <translation>El llavero no respondió: compruebe que está en marcha o defina AGENTDESK_SECRET.</translation>
    </message>
</context>
<context>
    <name>SessionWiring</name>
    <message>
        <location filename="../ui/session_wiring.py" line="66"/>
        <source>%1 does not tell AgentDesk of incoming calls while they ring with this profile; calls you dial from here show on this card, and all calls appear in Recent calls.</source>
        <translation>%1 no avisa a AgentDesk de las llamadas entrantes mientras suenan con este perfil; las llamadas que marques desde aquí aparecen en esta ficha y todas las llamadas, en Llamadas recientes.</translation>
    </message>
    <message>
        <location filename="../ui/session_wiring.py" line="111"/>
        <source>The call centre refused the sign-in; check your secret.</source>
        <translation>El centro de llamadas rechazó el inicio de sesión; revisa la clave secreta.</translation>
    </message>
    <message>
        <location filename="../ui/session_wiring.py" line="116"/>
        <source>AgentDesk cannot connect with this profile: %1</source>
        <translation>AgentDesk no puede conectarse con este perfil: %1</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../ui/settings_window.py" line="38"/>
        <source>AgentDesk settings</source>
        <translation>Configuración de AgentDesk</translation>
    </message>
    <message>
        <location filename="../ui/settings_window.py" line="47"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <location filename="../ui/settings_window.py" line="48"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../ui/settings_window.py" line="49"/>
        <source>Settings pages</source>
        <translation>Secciones de la configuración</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../ui/app.py" line="101"/>
        <source>AgentDesk could not read its outbox of unsent wrap-ups, %1 (%2), and started a fresh one. The old file is kept as %3; wrap-ups waiting in it were not sent.</source>
        <translation>AgentDesk no pudo leer su bandeja de cierres de llamada sin enviar, %1 (%2), y empezó una nueva. El archivo anterior se guarda como %3; los cierres que esperaban en él no se enviaron.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="111"/>
        <source>The keyring could not take the secret options of profile %1; nothing is lost, they are %2</source>
        <translation>El llavero no pudo guardar las opciones secretas del perfil %1; no se pierde nada, están %2</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="120"/>
        <source>AgentDesk could not read its settings, %1 (%2), and uses the defaults. The old file is kept as %3.</source>
        <translation>AgentDesk no pudo leer su configuración, %1 (%2), y usa los valores predeterminados. El archivo anterior se guarda como %3.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="303"/>
        <source>There is no pause to switch to.</source>
        <translation>No hay ninguna pausa a la que cambiar.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="311"/>
        <source>Global shortcuts: the desktop portal (your system settings manage them).</source>
        <translation>Atajos globales: el portal del escritorio (los gestiona la configuración del sistema).</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="314"/>
        <source>Global shortcuts: X11 key grabs.</source>
        <translation>Atajos globales: captura de teclas de X11.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="315"/>
        <source>Global shortcuts: Windows hot keys.</source>
        <translation>Atajos globales: teclas de acceso rápido de Windows.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="316"/>
        <source>Global shortcuts are not available on this desktop.</source>
        <translation>Los atajos globales no están disponibles en este escritorio.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="322"/>
        <source>Not available: %1 (%2)</source>
        <translation>No disponible: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="348"/>
        <source>The CRM screen pop is off: %1</source>
        <translation>La apertura del CRM está desactivada: %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="360"/>
        <source>AgentDesk keeps running in the tray, so calls still pop up. Click its icon to open the window; quit from its menu.</source>
        <translation>AgentDesk sigue en la bandeja, así que las llamadas siguen apareciendo. Haga clic en su icono para abrir la ventana; salga desde su menú.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="398"/>
        <source>This link holds no phone number: %1</source>
        <translation>Este enlace no contiene ningún número de teléfono: %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="403"/>
        <source>%1 does not offer dialling from AgentDesk; please dial %2 on the phone.</source>
        <translation>%1 no permite marcar desde AgentDesk; marca el %2 en el teléfono.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="485"/>
        <source>Save diagnostics</source>
        <translation>Guardar diagnóstico</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="487"/>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="506"/>
        <source>Could not save diagnostics: %1</source>
        <translation>No se pudo guardar el diagnóstico: %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="509"/>
        <source>Diagnostics saved to %1</source>
        <translation>Diagnóstico guardado en %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="515"/>
        <source>The new language applies when AgentDesk starts again.</source>
        <translation>El nuevo idioma se aplicará cuando AgentDesk se vuelva a iniciar.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="571"/>
        <source>AgentDesk could not start; details are in the log.</source>
        <translation>AgentDesk no pudo iniciarse; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>ShiftWiring</name>
    <message>
        <location filename="../ui/shift_wiring.py" line="63"/>
        <source>Log &amp;out of the call centre</source>
        <translation>Cerrar &amp;sesión en el centro de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="130"/>
        <source>You cannot log out during a call: hang up first.</source>
        <translation>No puedes cerrar sesión durante una llamada: cuelga primero.</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="132"/>
        <source>You cannot log out yet: the wrap-up of the last call is not saved. Save it first.</source>
        <translation>Aún no puedes cerrar sesión: el cierre de la última llamada no está guardado. Guárdalo primero.</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="134"/>
        <source>You are not logged in to the call centre.</source>
        <translation>No has iniciado sesión en el centro de llamadas.</translation>
    </message>
</context>
<context>
    <name>SmsCounter</name>
    <message>
        <location filename="../ui/widgets/sms_counter.py" line="30"/>
        <source>%1 characters: at most %2 can be sent</source>
        <translation>%1 caracteres: se pueden enviar como máximo %2</translation>
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
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="66"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="67"/>
        <source>&amp;To</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="69"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="70"/>
        <source>(no template)</source>
        <translation>(sin plantilla)</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="76"/>
        <source>Te&amp;mplate</source>
        <translation>Pl&amp;antilla</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="78"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="80"/>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="90"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
</context>
<context>
    <name>SmsEntry</name>
    <message>
        <location filename="../ui/sms_entry.py" line="31"/>
        <location filename="../ui/sms_entry.py" line="56"/>
        <source>Send &amp;SMS…</source>
        <translation>Enviar &amp;SMS…</translation>
    </message>
    <message>
        <location filename="../ui/sms_entry.py" line="81"/>
        <source>Text message sent to %1.</source>
        <translation>Mensaje de texto enviado a %1.</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <location filename="../ui/widgets/state_badge.py" line="47"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/state_badge.py" line="55"/>
        <source>Time in state</source>
        <translation>Tiempo en el estado</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../ui/team_view.py" line="77"/>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="78"/>
        <source>Filter colleagues by name</source>
        <translation>Filtrar compañeros por nombre</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="82"/>
        <source>Colleagues</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="84"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="84"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="84"/>
        <source>For</source>
        <translation>Desde hace</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="84"/>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="97"/>
        <source>&amp;Call extension</source>
        <translation>&amp;Llamar a la extensión</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="98"/>
        <source>Call the colleague&apos;s extension</source>
        <translation>Llamar a la extensión del compañero</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="102"/>
        <source>Team list status</source>
        <translation>Estado de la lista del equipo</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="183"/>
        <source>%1 The list is from %2.</source>
        <translation>%1 La lista es de las %2.</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="189"/>
        <source>Updated at %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location filename="../ui/today_view.py" line="135"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../ui/today_view.py" line="48"/>
        <source>My day</source>
        <translation>Mi día</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="56"/>
        <source>Calls answered</source>
        <translation>Llamadas atendidas</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="57"/>
        <source>Calls missed</source>
        <translation>Llamadas perdidas</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="58"/>
        <source>Calls made</source>
        <translation>Llamadas realizadas</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="59"/>
        <source>Talk time</source>
        <translation>Tiempo en llamada</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="60"/>
        <source>Logged in</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="62"/>
        <source>Time per pause</source>
        <translation>Tiempo por pausa</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="70"/>
        <source>Loading today&apos;s figures…</source>
        <translation>Cargando las cifras de hoy…</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="74"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="75"/>
        <source>Refresh today&apos;s figures</source>
        <translation>Actualizar las cifras de hoy</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="105"/>
        <source>No pauses today.</source>
        <translation>Hoy sin pausas.</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="109"/>
        <source>As of %1.</source>
        <translation>A las %1.</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="114"/>
        <source>Today&apos;s figures could not be loaded: %1</source>
        <translation>No se pudieron cargar las cifras de hoy: %1</translation>
    </message>
</context>
<context>
    <name>TransferPicker</name>
    <message>
        <location filename="../ui/transfer_picker.py" line="82"/>
        <location filename="../ui/transfer_picker.py" line="83"/>
        <location filename="../ui/transfer_picker.py" line="106"/>
        <source>Transfer the call</source>
        <translation>Transferir la llamada</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="86"/>
        <source>Type a name, a queue or a number</source>
        <translation>Escriba un nombre, una cola o un número</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="87"/>
        <source>Find a colleague, a queue or a number</source>
        <translation>Buscar un compañero, una cola o un número</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="92"/>
        <source>Where to transfer the call</source>
        <translation>A dónde transferir la llamada</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="95"/>
        <source>&amp;Blind: let the call go without waiting for an answer</source>
        <translation>&amp;A ciegas: soltar la llamada sin esperar respuesta</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="96"/>
        <source>Blind transfer</source>
        <translation>Transferencia a ciegas</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="101"/>
        <source>What happens next</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="104"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="108"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="169"/>
        <source>Asking the call centre to transfer to %1…</source>
        <translation>Pidiendo al centro de llamadas transferir a %1…</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="224"/>
        <source>Number %1</source>
        <translation>Número %1</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="242"/>
        <source>Queue %1</source>
        <translation>Cola %1</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="247"/>
        <source>Nobody matches: type a number to transfer to it</source>
        <translation>Nadie coincide: escriba un número al que transferir</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="294"/>
        <source>Choose a colleague, a queue or a number.</source>
        <translation>Elija un compañero, una cola o un número.</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="298"/>
        <source>The call goes to %1 at once and leaves you, answered or not.</source>
        <translation>La llamada pasa a %1 en el acto y deja de ser suya, contesten o no.</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="301"/>
        <source>%1 is asked first. The call stays yours, on hold, until they answer; if nobody answers it comes back to you.</source>
        <translation>Primero se pregunta a %1. La llamada sigue siendo suya, en espera, hasta que contesten; si nadie contesta, vuelve a usted.</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="310"/>
        <source>The call went to %1.</source>
        <translation>La llamada pasó a %1.</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="311"/>
        <source>Asking %1. The call stays yours, on hold, until they answer.</source>
        <translation>Preguntando a %1. La llamada sigue siendo suya, en espera, hasta que contesten.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/tray.py" line="71"/>
        <source>Show/Hide window</source>
        <translation>Mostrar/ocultar ventana</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="73"/>
        <source>Ready</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="76"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="78"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="80"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="95"/>
        <location filename="../ui/tray.py" line="108"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="109"/>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="110"/>
        <source>Authentication failed</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="111"/>
        <source>Cannot connect: check the profile</source>
        <translation>No se puede conectar: revisa el perfil</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="112"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="131"/>
        <source>Missed calls: %1</source>
        <translation>Llamadas perdidas: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="137"/>
        <source>AgentDesk — %1</source>
        <translation>AgentDesk — %1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="139"/>
        <source>%1 — %2 missed</source>
        <translation>%1 — %2 perdidas</translation>
    </message>
</context>
<context>
    <name>VendorText</name>
    <message>
        <location filename="../backends/megapbx/spec.py" line="55"/>
        <source>The PBX rings your phone first; the number is called once you pick up.</source>
        <translation>La centralita llama primero a tu teléfono; el número se marca cuando contestas.</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/live.py" line="46"/>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="60"/>
        <source>Oki-Toki dials through a dialer task: the call comes when the dialer places it, not at once.</source>
        <translation>Oki-Toki marca mediante una tarea del marcador: la llamada llega cuando el marcador la realiza, no al instante.</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="85"/>
        <source>answered</source>
        <translation>contestada</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="86"/>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="87"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="88"/>
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="89"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="90"/>
        <source>calls to this destination are barred</source>
        <translation>las llamadas a este destino están prohibidas</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="91"/>
        <source>number not found</source>
        <translation>número no encontrado</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="92"/>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="96"/>
        <source>an agent took the call</source>
        <translation>la llamada la atendió un agente</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="97"/>
        <source>missed by the department</source>
        <translation>perdida por el departamento</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="98"/>
        <source>forwarded to an outside number</source>
        <translation>desviada a un número externo</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="99"/>
        <source>voice menu</source>
        <translation>menú de voz</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="100"/>
        <source>on-duty agent after hours</source>
        <translation>agente de guardia fuera de horario</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="101"/>
        <source>after-hours message</source>
        <translation>mensaje fuera de horario</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="102"/>
        <source>hung up during the greeting</source>
        <translation>colgó durante el saludo</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="103"/>
        <source>voicemail: the caller left a message</source>
        <translation>buzón de voz: quien llamó dejó un mensaje</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="104"/>
        <source>answering machine message</source>
        <translation>mensaje del contestador</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="108"/>
        <source>Calls between colleagues are not available from this PBX.</source>
        <translation>Esta centralita no ofrece las llamadas entre compañeros.</translation>
    </message>
    <message>
        <location filename="../backends/daktela/versions.py" line="104"/>
        <source>Daktela offers %1 from API version %2 on; this profile&apos;s api_version is %3.</source>
        <translation>Daktela ofrece %1 a partir de la versión %2 de la API; el api_version de este perfil es %3.</translation>
    </message>
    <message>
        <location filename="../backends/daktela/versions.py" line="107"/>
        <source>Daktela&apos;s CreateCall for an agent needs API version 3.1; at %1 it dials from an extension: set the extension in the profile.</source>
        <translation>El CreateCall de Daktela para un agente necesita la versión 3.1 de la API; en la %1 marca desde una extensión: indique la extensión en el perfil.</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/backend.py" line="115"/>
        <source>uContact logs an agent in with their password (AgentLogin); this profile signs in with a portal token (auth=token).</source>
        <translation>uContact inicia la sesión del agente con su contraseña (AgentLogin); este perfil entra con un token del portal (auth=token).</translation>
    </message>
</context>
<context>
    <name>WaitingCallers</name>
    <message>
        <location filename="../ui/waiting_callers.py" line="66"/>
        <source>Callers waiting</source>
        <translation>Llamantes en espera</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="68"/>
        <source>Reading the queues…</source>
        <translation>Leyendo las colas…</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="78"/>
        <source>Callers waiting in your queues</source>
        <translation>Llamantes en espera en tus colas</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="118"/>
        <source>Nobody is waiting.</source>
        <translation>No espera nadie.</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="122"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="127"/>
        <source>waiting %1</source>
        <translation>espera %1</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="130"/>
        <source>Pick up</source>
        <translation>Atender</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="131"/>
        <source>Pick up %1</source>
        <translation>Atender %1</translation>
    </message>
</context>
<context>
    <name>WaitingCallersToggle</name>
    <message>
        <location filename="../ui/waiting_callers.py" line="157"/>
        <source>Waiting callers</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="159"/>
        <source>Show the callers waiting in your queues</source>
        <translation>Mostrar quienes esperan en tus colas</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="160"/>
        <source>The callers waiting in your queues; pick one up</source>
        <translation>Quienes esperan en tus colas; atiende a uno</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../ui/window_actions.py" line="30"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="31"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="32"/>
        <source>Save &amp;diagnostics…</source>
        <translation>Guardar &amp;diagnóstico…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="34"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="36"/>
        <source>&amp;Answer</source>
        <translation>&amp;Contestar</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="37"/>
        <source>&amp;Hang up</source>
        <translation>C&amp;olgar</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="38"/>
        <source>&amp;Ready</source>
        <translation>&amp;Disponible</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="39"/>
        <source>&amp;Number to call</source>
        <translation>&amp;Número a marcar</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="41"/>
        <source>&amp;Now</source>
        <translation>&amp;Ahora</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="42"/>
        <source>&amp;Recent calls</source>
        <translation>&amp;Llamadas recientes</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="45"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="51"/>
        <source>&amp;Call</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="58"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="203"/>
        <source>Wrap-up</source>
        <translation>Cierre de llamada</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="213"/>
        <source>&amp;Retry</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="215"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="221"/>
        <location filename="../ui/wrap_up_panel.py" line="586"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="222"/>
        <source>Discard the wrap-up</source>
        <translation>Descartar el cierre de llamada</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="224"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="226"/>
        <source>Save the wrap-up</source>
        <translation>Guardar el cierre de llamada</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="227"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="362"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="374"/>
        <source>Could not load the wrap-up form. %1</source>
        <translation>No se pudo cargar el formulario de cierre. %1</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="395"/>
        <source>Choose an outcome…</source>
        <translation>Elige un resultado…</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="398"/>
        <source>Outcome</source>
        <translation>Resultado de la llamada</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="411"/>
        <source>What the caller wanted, what was agreed</source>
        <translation>Qué quería el llamante, qué se acordó</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="413"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="416"/>
        <source>Call &amp;back at</source>
        <translation>Devolver la llamada &amp;el</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="417"/>
        <source>Schedule a call-back</source>
        <translation>Programar una devolución de llamada</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="421"/>
        <source>Call-back time</source>
        <translation>Hora de la devolución de llamada</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="437"/>
        <source>Ready</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="440"/>
        <source>After saving:</source>
        <translation>Después de guardar:</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="460"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="465"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="484"/>
        <source>Choose an outcome before saving.</source>
        <translation>Elige un resultado antes de guardar.</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="488"/>
        <source>Fill in: %1</source>
        <translation>Completa: %1</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="521"/>
        <source>Wrap-up saved; it will be sent when %1 can be reached.</source>
        <translation>Cierre guardado; se enviará cuando %1 esté disponible.</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="532"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="578"/>
        <source>Really discard?</source>
        <translation>¿Descartar de verdad?</translation>
    </message>
</context>
</TS>
